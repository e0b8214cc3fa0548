#pragma once

#include "AdminApi.h"
#include "Group.h"
#include "Paging.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// Request reading and error answers shared by the Users, Groups and GroupMembers routes. Each
// reader returns false with the answer to send in `error`.
namespace foundry::admin::users {

inline constexpr int kMaximumBatchSize = 500;

enum class UserStatus
{
    Active,
    Deleted
};

// "ACTIVE" / "DELETED"; an absent value leaves `status` untouched. `field` names it in errors.
bool readUserStatus(const QString &text, const QString &field, UserStatus *status,
                    HttpResponse *error);
// 400 UserDeleted / UserIsActive when the user is not in the requested state.
std::optional<HttpResponse> statusMismatch(const User &user, UserStatus requested);

// transitive=true|false (absent: false).
bool readTransitive(const HttpRequest &request, bool *transitive, HttpResponse *error);
// pageSize and pageToken of a list endpoint's query.
bool readQueryPage(const HttpRequest &request, const QString &listing, PageRequest *page,
                   HttpResponse *error);

// {where: {type: "queryString", value}, pageSize?, pageToken?}; the listing of the page tokens
// is `listing` and the folded query, so a token is valid for the same search only.
struct SearchRequest
{
    QString query;
    QString listing; // what the page tokens are valid for
    PageRequest page;
};
bool readSearchRequest(const HttpRequest &request, const QString &listing, SearchRequest *search,
                       HttpResponse *error);

// A getBatch body: a bare array of 1..500 objects, each with the string `idField` and, when
// `withStatus`, an optional UserStatus `status`.
struct BatchElement
{
    QString id;
    std::optional<UserStatus> status;
};
bool readBatch(const HttpRequest &request, const char *idField, bool withStatus,
               QList<BatchElement> *elements, HttpResponse *error);

// {name, organizations, description?, attributes}: the body of group create and replace.
bool readGroupFields(const HttpRequest &request, Group *group, HttpResponse *error);

HttpResponse userNotFound(const QString &userId);
HttpResponse groupNotFound(const QString &groupId);
HttpResponse principalNotFound(const QString &principalId);
HttpResponse organizationNotFound(const QString &organizationRid);

// Whether the caller holds the operation on at least one / every one of the organizations.
bool canOnAny(const AdminCall &call, const QString &operation, const QStringList &organizations);
bool canOnAll(const AdminCall &call, const QString &operation, const QStringList &organizations);

} // namespace foundry::admin::users
