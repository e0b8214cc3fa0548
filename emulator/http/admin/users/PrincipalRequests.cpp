#include "PrincipalRequests.h"

#include "AdminErrors.h"
#include "JsonBody.h"

#include <QJsonArray>

namespace foundry::admin::users {

bool readUserStatus(const QString &text, const QString &field, UserStatus *status,
                    HttpResponse *error)
{
    if (text.isEmpty())
        return true;
    if (text == QLatin1StringView("ACTIVE")) {
        *status = UserStatus::Active;
    } else if (text == QLatin1StringView("DELETED")) {
        *status = UserStatus::Deleted;
    } else {
        *error = invalidArgument(field + QStringLiteral(": expected ACTIVE or DELETED, got \"") +
                                 text + u'"');
        return false;
    }
    return true;
}

std::optional<HttpResponse> statusMismatch(const User &user, UserStatus requested)
{
    const QJsonObject parameters{{QStringLiteral("principalId"), user.id}};
    if (!user.active && requested == UserStatus::Active)
        return domainError(QStringLiteral("UserDeleted"), parameters,
                           QStringLiteral("The user is deleted; ask with status=DELETED."));
    if (user.active && requested == UserStatus::Deleted)
        return domainError(QStringLiteral("UserIsActive"), parameters,
                           QStringLiteral("The user is active, not deleted."));
    return std::nullopt;
}

bool readTransitive(const HttpRequest &request, bool *transitive, HttpResponse *error)
{
    const QString text = request.queryValue(QStringLiteral("transitive"));
    *transitive = text.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0;
    if (!*transitive && !text.isEmpty() &&
        text.compare(QLatin1StringView("false"), Qt::CaseInsensitive) != 0) {
        *error = invalidArgument(QStringLiteral("transitive: expected true or false, got \"") +
                                 text + u'"');
        return false;
    }
    return true;
}

bool readQueryPage(const HttpRequest &request, const QString &listing, PageRequest *page,
                   HttpResponse *error)
{
    return readPageRequest(listing, request.queryValue(QStringLiteral("pageSize")),
                           request.queryValue(QStringLiteral("pageToken")), page, error);
}

bool readSearchRequest(const HttpRequest &request, const QString &listing, SearchRequest *search,
                       HttpResponse *error)
{
    QJsonObject body;
    if (!parseObject(request, &body, error))
        return false;
    const QJsonValue where = body.value(QLatin1StringView("where"));
    if (!where.isObject()) {
        *error = invalidArgument(where.isUndefined() || where.isNull()
                                     ? QStringLiteral("where: is required")
                                     : QStringLiteral("where: expected an object"));
        return false;
    }
    FieldReader filter(where.toObject(), QStringLiteral("where"));
    QString type;
    if (!filter.requiredString("type", &type) || !filter.requiredString("value", &search->query)) {
        *error = filter.error();
        return false;
    }
    if (type != QLatin1StringView("queryString")) {
        *error = invalidArgument(QStringLiteral("where.type: expected \"queryString\", got \"") +
                                 type + u'"');
        return false;
    }
    FieldReader paging(body);
    std::optional<qint64> pageSize;
    QString pageToken;
    if (!paging.optionalInt("pageSize", &pageSize) ||
        !paging.optionalString("pageToken", &pageToken)) {
        *error = paging.error();
        return false;
    }
    search->listing = listing + u':' + search->query.toCaseFolded();
    return readPageRequest(search->listing, pageSize, pageToken, &search->page, error);
}

bool readBatch(const HttpRequest &request, const char *idField, bool withStatus,
               QList<BatchElement> *elements, HttpResponse *error)
{
    QJsonArray array;
    bool present = false;
    if (!parseArray(request, &array, &present, error))
        return false;
    if (!present || array.isEmpty()) {
        *error = domainError(QStringLiteral("MissingBatchRequest"), {},
                             QStringLiteral("Batch requests must contain at least one element."));
        return false;
    }
    if (array.size() > kMaximumBatchSize) {
        *error = domainError(QStringLiteral("BatchRequestSizeExceededLimit"),
                             {{QStringLiteral("maximumBatchSize"), kMaximumBatchSize},
                              {QStringLiteral("providedBatchSize"), int(array.size())}},
                             QStringLiteral("The submitted batch request was too large."));
        return false;
    }
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QString path = u'[' + QString::number(index) + u']';
        if (!array.at(index).isObject()) {
            *error = invalidArgument(path + QStringLiteral(": expected an object"));
            return false;
        }
        FieldReader fields(array.at(index).toObject(), path);
        BatchElement element;
        QString status;
        if (!fields.requiredString(idField, &element.id) ||
            (withStatus && !fields.optionalString("status", &status))) {
            *error = fields.error();
            return false;
        }
        if (!status.isEmpty()) {
            UserStatus parsed = UserStatus::Active;
            if (!readUserStatus(status, path + QStringLiteral(".status"), &parsed, error))
                return false;
            element.status = parsed;
        }
        elements->append(element);
    }
    return true;
}

bool readGroupFields(const HttpRequest &request, Group *group, HttpResponse *error)
{
    QJsonObject body;
    if (!parseObject(request, &body, error))
        return false;
    FieldReader fields(body);
    if (!fields.requiredString("name", &group->name) ||
        !fields.requiredStringList("organizations", &group->organizationRids) ||
        !fields.optionalString("description", &group->description)) {
        *error = fields.error();
        return false;
    }
    // Attributes are required (the SDK always sends them), possibly empty.
    const QJsonValue attributes = body.value(QLatin1StringView("attributes"));
    if (attributes.isUndefined() || attributes.isNull()) {
        *error = invalidArgument(QStringLiteral("attributes: is required"));
        return false;
    }
    if (!fields.optionalAttributes("attributes", &group->attributes)) {
        *error = fields.error();
        return false;
    }
    if (group->name.trimmed().isEmpty()) {
        *error = invalidArgument(QStringLiteral("name: must not be empty"));
        return false;
    }
    return true;
}

HttpResponse userNotFound(const QString &userId)
{
    return notFound(QStringLiteral("UserNotFound"), {{QStringLiteral("userId"), userId}});
}

HttpResponse groupNotFound(const QString &groupId)
{
    return notFound(QStringLiteral("GroupNotFound"), {{QStringLiteral("groupId"), groupId}});
}

HttpResponse principalNotFound(const QString &principalId)
{
    return notFound(QStringLiteral("PrincipalNotFound"),
                    {{QStringLiteral("principalId"), principalId}});
}

HttpResponse organizationNotFound(const QString &organizationRid)
{
    return notFound(QStringLiteral("OrganizationNotFound"),
                    {{QStringLiteral("organizationRid"), organizationRid}});
}

bool canOnAny(const AdminCall &call, const QString &operation, const QStringList &organizations)
{
    // A resource in no organization is left to the enrollment administrators.
    if (organizations.isEmpty())
        return call.can(operation, QString());
    for (const QString &organization : organizations) {
        if (call.can(operation, organization))
            return true;
    }
    return false;
}

bool canOnAll(const AdminCall &call, const QString &operation, const QStringList &organizations)
{
    for (const QString &organization : organizations) {
        if (!call.can(operation, organization))
            return false;
    }
    return true;
}

} // namespace foundry::admin::users
