#pragma once

#include "DirectoryState.h"
#include "MappingReader.h"

#include <QHash>
#include <QSet>

// The reader's working state, shared by the files that read one part of the seed each.
namespace foundry::seed {

// A name or rid written somewhere in the file that must name something defined anywhere in it;
// checked once the whole file is read, so the order of sections does not matter.
struct PendingReference
{
    QString text;
    YAML::Mark mark;
    QString path;
};

struct ReadContext
{
    explicit ReadContext(const QString &fileName) : issues(fileName) {}

    IssueCollector issues;
    DirectoryState state;
    bool roleAssignmentsGiven = false;

    // First definitions by key, with the line they are on (for duplicate warnings).
    QHash<QString, int> usernames;
    QHash<QString, int> groupNames;
    QHash<QString, int> clientIds;
    QHash<QString, int> providerRids;
    QHash<QString, int> organizationRids; // those defined in the file
    QHash<QString, int> userIds;
    QHash<QString, int> groupIds;
    QSet<QString> roleAssignmentTexts;

    QList<PendingReference> organizationRefs;                 // must be an organization rid
    QList<PendingReference> userRefs;                         // must be a username
    QList<std::pair<qsizetype, PendingReference>> members;    // group index, member
    QList<std::pair<qsizetype, PendingReference>> principals; // role assignment index, principal
};

// `first` registers `key` as defined on `mark`; a repeat is warned about and gives false.
bool registerUnique(ReadContext &context, QHash<QString, int> &first, const QString &key,
                    const YAML::Mark &mark, const QString &path, const QString &what);

// Calls `readItem(item, itemPath)` for each entry of a list; null is an empty list.
template <typename Function>
void forEachItem(ReadContext &context, const YamlNode &node, const QString &path, Function readItem)
{
    if (node.isNull())
        return;
    if (!node.isSequence()) {
        context.issues.error(node.mark(), path, QStringLiteral("expected a list"));
        return;
    }
    qsizetype index = 0;
    for (const YamlNode &item : node.items())
        readItem(item, itemPath(path, index++));
}

// Sections of `foundry:` (ReadSettings.cpp, ReadPrincipals.cpp, ReadApplications.cpp).
void readEnrollment(ReadContext &context, const YamlNode &node, const QString &path);
void readHosts(ReadContext &context, const YamlNode &node, const QString &path);
void readOrganizations(ReadContext &context, const YamlNode &node, const QString &path);
void readUsers(ReadContext &context, const YamlNode &node, const QString &path);
void readGroups(ReadContext &context, const YamlNode &node, const QString &path);
void readOAuthClients(ReadContext &context, const YamlNode &node, const QString &path);
void readAuthenticationProviders(ReadContext &context, const YamlNode &node, const QString &path);
void readRoleAssignments(ReadContext &context, const YamlNode &node, const QString &path);
void readTokens(ReadContext &context, const YamlNode &node, const QString &path);

// Reads an organization rid (format now, existence once the file is read).
std::optional<QString> readOrganizationRid(ReadContext &context, const YamlNode &node,
                                           const QString &path);

// SeedReferences.cpp: checks and resolves the pending references.
void resolveReferences(ReadContext &context);

} // namespace foundry::seed
