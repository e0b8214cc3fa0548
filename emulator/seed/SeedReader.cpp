#include "SeedReader.h"

#include "FastYaml.h"
#include "ReadContext.h"
#include "SeedFields.h"
#include "SeedKeys.h"
#include "SeedRules.h"
#include "SeedTreeReader.h"
#include "YamlScalars.h"

#include "Defaults.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <limits>

namespace foundry {

namespace seed {
namespace {

void readFoundry(ReadContext &context, const YamlNode &node, const QString &path)
{
    const MappingReader map(context.issues, node, path, keys::foundry(), keys::laterPhaseBlocks());
    if (!map.isMapping())
        return;
    DirectoryState &state = context.state;
    const QString portKey = QStringLiteral("port");
    const QString lifetimeKey = QStringLiteral("token_lifetime_seconds");
    if (const std::optional<qint64> port = map.integer(portKey)) {
        if (*port < 0 || *port > kMaxPort) {
            context.issues.error(map.markOf(portKey), map.pathOf(portKey),
                                 QStringLiteral("port %1 is outside 0..65535").arg(*port));
        } else {
            state.port = int(*port);
        }
    }
    if (const std::optional<qint64> lifetime = map.integer(lifetimeKey)) {
        if (*lifetime < 0 || *lifetime > std::numeric_limits<int>::max()) {
            context.issues.error(map.markOf(lifetimeKey), map.pathOf(lifetimeKey),
                                 QStringLiteral("token lifetime %1 is out of range (0 = never "
                                                "expire, else a number of seconds)")
                                     .arg(*lifetime));
        } else {
            state.tokenLifetimeSeconds = int(*lifetime);
        }
    }
    const auto section = [&](const char16_t *key, auto read) {
        const QString name = QString::fromUtf16(key);
        if (map.has(name))
            read(context, map.value(name), map.pathOf(name));
    };
    section(u"enrollment", readEnrollment);
    section(u"hosts", readHosts);
    section(u"organizations", readOrganizations);
    section(u"users", readUsers);
    section(u"groups", readGroups);
    section(u"oauth_clients", readOAuthClients);
    section(u"authentication_providers", readAuthenticationProviders);
    section(u"role_assignments", readRoleAssignments);
    // A present key, even an empty one, is the whole list: `role_assignments: []` means none.
    if (map.contains(QStringLiteral("role_assignments")))
        context.roleAssignmentsGiven = true;
    state.foundryExtras = map.extras();
}

void readDocument(ReadContext &context, const YamlNode &root)
{
    const MappingReader map(context.issues, root, QString(), keys::topLevel());
    if (!map.isMapping())
        return;
    if (map.has(QStringLiteral("foundry")))
        readFoundry(context, map.value(QStringLiteral("foundry")), QStringLiteral("foundry"));
    // Tokens name users, so they are read after them (and checked once everything is read).
    if (map.has(QStringLiteral("tokens")))
        readTokens(context, map.value(QStringLiteral("tokens")), QStringLiteral("tokens"));
    context.state.topLevelExtras = map.extras();
}

const User *findUser(const DirectoryState &state, QLatin1StringView username)
{
    for (const User &user : state.users) {
        if (user.username == username)
            return &user;
    }
    return nullptr;
}

// Built-in defaults that depend on what the whole file said.
void completeState(ReadContext &context)
{
    DirectoryState &state = context.state;
    if (!findUser(state, defaults::kAdminUsername))
        state.users.prepend(DirectoryState::builtInAdmin());
    resolveReferences(context);
    if (!context.roleAssignmentsGiven) {
        if (const User *admin = findUser(state, defaults::kAdminUsername))
            state.roleAssignments = DirectoryState::defaultRoleAssignments(admin->id);
    }
    placeAllExtras(state);
}

// Issues are found section by section and references last; the user reads them in file order.
SeedIssues inFileOrder(SeedIssues issues)
{
    std::stable_sort(issues.begin(), issues.end(), [](const SeedIssue &a, const SeedIssue &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return issues;
}

void startState(ReadContext &context)
{
    context.state.enrollment = DirectoryState::defaultEnrollment();
    context.state.hosts = QStringList{QString(defaults::kHost)};
    context.state.organizations = {DirectoryState::defaultOrganization()};
}

SeedLoadResult finish(ReadContext &context)
{
    SeedLoadResult result;
    result.errors = inFileOrder(context.issues.errors());
    result.warnings = inFileOrder(context.issues.warnings());
    result.ok = result.errors.isEmpty();
    result.state = std::move(context.state);
    return result;
}

} // namespace
} // namespace seed

SeedLoadResult readSeedTree(const seed::YamlNode &root, const QString &fileName)
{
    seed::ReadContext context(fileName);
    seed::startState(context);
    try {
        seed::readDocument(context, root);
        seed::completeState(context);
    } catch (const YAML::Exception &e) {
        // Not expected (every access is checked first), but a seed must never crash the program.
        context.issues.error(e.mark, QString(), seed::toQString(e.msg));
    } catch (const std::exception &e) {
        context.issues.error(YAML::Mark::null_mark(), QString(), QString::fromLocal8Bit(e.what()));
    }
    return seed::finish(context);
}

SeedLoadResult loadSeedText(const QByteArray &yaml, const QString &fileName)
{
    const std::string_view text(yaml.constData(), size_t(yaml.size()));
    // yaml-cpp takes seconds on a large seed, the subset reader a fraction of that. The subset
    // reader keeps no marks, so a file that has anything to report is read again with yaml-cpp
    // and every issue names its line and column.
    if (const std::optional<seed::YamlNode> root = seed::fastLoadYaml(text)) {
        SeedLoadResult result = readSeedTree(*root, fileName);
        if (result.errors.isEmpty() && result.warnings.isEmpty())
            return result;
    }
    seed::YamlNode root;
    try {
        root = seed::YamlNode::fromYamlCpp(YAML::Load(std::string(text)));
    } catch (const YAML::Exception &e) {
        seed::ReadContext context(fileName);
        seed::startState(context);
        context.issues.error(e.mark, QString(),
                             QStringLiteral("invalid YAML: ") % seed::toQString(e.msg));
        return seed::finish(context);
    }
    return readSeedTree(root, fileName);
}

SeedLoadResult loadSeedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SeedLoadResult result;
        SeedIssue issue;
        issue.file = path;
        issue.message = QStringLiteral("cannot read the seed file: ") % file.errorString();
        result.errors.append(issue);
        return result;
    }
    return loadSeedText(file.readAll(), path);
}

} // namespace foundry
