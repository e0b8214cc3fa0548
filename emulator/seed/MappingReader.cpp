#include "MappingReader.h"

#include "YamlScalars.h"

namespace foundry::seed {

SeedIssue IssueCollector::make(SeedIssue::Severity severity, const YAML::Mark &mark,
                               const QString &keyPath, const QString &message) const
{
    SeedIssue issue;
    issue.severity = severity;
    issue.file = m_fileName;
    issue.line = mark.line >= 0 ? mark.line + 1 : 0;
    issue.column = mark.column >= 0 ? mark.column + 1 : 0;
    issue.keyPath = keyPath;
    issue.message = message;
    return issue;
}

void IssueCollector::error(const YAML::Mark &mark, const QString &keyPath, const QString &message)
{
    m_errors.append(make(SeedIssue::Severity::Error, mark, keyPath, message));
}

void IssueCollector::warning(const YAML::Mark &mark, const QString &keyPath, const QString &message)
{
    m_warnings.append(make(SeedIssue::Severity::Warning, mark, keyPath, message));
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

std::optional<QString> readString(IssueCollector &issues, const YamlNode &node, const QString &path)
{
    switch (scalarType(node)) {
    case ScalarType::Null:
        return std::nullopt;
    case ScalarType::String:
        if (node.isScalar())
            return toQString(node.scalar());
        break;
    case ScalarType::Int:
    case ScalarType::Float:
        // Older seeds write numeric secrets and names unquoted; their text is what was meant.
        return toQString(node.scalar());
    case ScalarType::Bool:
        break;
    }
    issues.error(node.mark(), path, QStringLiteral("expected a string, got ") % describeNode(node));
    return std::nullopt;
}

std::optional<bool> readBool(IssueCollector &issues, const YamlNode &node, const QString &path)
{
    const ScalarType type = scalarType(node);
    if (type == ScalarType::Null)
        return std::nullopt;
    if (type == ScalarType::Bool)
        return node.scalar().front() == 't' || node.scalar().front() == 'T';
    issues.error(node.mark(), path,
                 QStringLiteral("expected true or false, got ") % describeNode(node));
    return std::nullopt;
}

std::optional<qint64> readInteger(IssueCollector &issues, const YamlNode &node, const QString &path)
{
    const ScalarType type = scalarType(node);
    if (type == ScalarType::Null)
        return std::nullopt;
    if (type == ScalarType::Int) {
        bool ok = false;
        // Base 0 understands the 0x prefix; 0o is YAML's own octal prefix.
        const QString text = toQString(node.scalar());
        const qint64 value = text.startsWith(QLatin1StringView("0o"))
                                 ? text.mid(2).toLongLong(&ok, 8)
                                 : text.toLongLong(&ok, text.startsWith(u'0') ? 0 : 10);
        if (ok)
            return value;
    }
    issues.error(node.mark(), path,
                 QStringLiteral("expected an integer, got ") % describeNode(node));
    return std::nullopt;
}

std::optional<QStringList> readStringList(IssueCollector &issues, const YamlNode &node,
                                          const QString &path)
{
    if (node.isNull())
        return std::nullopt;
    if (!node.isSequence()) {
        issues.error(node.mark(), path,
                     QStringLiteral("expected a list of strings, got ") % describeNode(node));
        return std::nullopt;
    }
    QStringList values;
    values.reserve(qsizetype(node.size()));
    bool valid = true;
    qsizetype index = 0;
    for (const YamlNode &item : node.items()) {
        const QString at = itemPath(path, index++);
        if (item.isNull()) {
            issues.error(item.mark(), at, QStringLiteral("expected a string, got nothing"));
            valid = false;
        } else if (const std::optional<QString> value = readString(issues, item, at)) {
            values.append(*value);
        } else {
            valid = false;
        }
    }
    return valid ? std::optional<QStringList>(values) : std::nullopt;
}

std::optional<Attributes> readAttributes(IssueCollector &issues, const YamlNode &node,
                                         const QString &path)
{
    if (node.isNull())
        return std::nullopt;
    if (!node.isMap()) {
        issues.error(node.mark(), path,
                     QStringLiteral("expected a mapping of names to lists of strings, got ") %
                         describeNode(node));
        return std::nullopt;
    }
    Attributes attributes;
    for (const YamlEntry &entry : node.entries()) {
        const std::optional<QString> key = readString(issues, entry.first, path);
        if (!key)
            continue;
        const QString at = childPath(path, *key);
        if (entry.second.isNull()) { // `team:` with nothing: an attribute without values
            attributes.append({*key, {}});
        } else if (const std::optional<QStringList> values =
                       readStringList(issues, entry.second, at)) {
            attributes.append({*key, *values});
        }
    }
    return attributes;
}

MappingReader::MappingReader(IssueCollector &issues, const YamlNode &node, QString path,
                             const QStringList &known, const QStringList &kept)
    : m_issues(issues), m_path(std::move(path)), m_mark(node.mark())
{
    if (node.isNull()) {
        m_isMapping = true;
        return;
    }
    if (!node.isMap()) {
        m_issues.error(m_mark, m_path,
                       QStringLiteral("expected a mapping, got ") % describeNode(node));
        return;
    }
    m_isMapping = true;
    QStringList seen;
    QString lastKnown;
    for (const YamlEntry &entry : node.entries()) {
        const YamlNode &keyNode = entry.first;
        if (!keyNode.isScalar()) {
            m_issues.error(keyNode.mark(), m_path,
                           QStringLiteral("expected a key, got ") % describeNode(keyNode));
            continue;
        }
        const QString key = toQString(keyNode.scalar());
        if (seen.contains(key)) {
            m_issues.warning(
                keyNode.mark(), pathOf(key),
                QStringLiteral("repeated key: the first one is used, this one is ignored"));
            continue;
        }
        seen.append(key);
        if (known.contains(key) && !kept.contains(key)) {
            m_known.push_back({key, &entry.second});
            lastKnown = key;
            continue;
        }
        if (!kept.contains(key)) {
            m_issues.warning(keyNode.mark(), pathOf(key),
                             QStringLiteral("unknown key \"") % key %
                                 QStringLiteral("\" (kept, and written back on save)"));
        }
        m_extras.append({key, nodeToYaml(entry.second), lastKnown});
        if (kept.contains(key))
            lastKnown = key; // later-phase blocks have a place of their own
    }
}

const MappingReader::Entry *MappingReader::find(const QString &key) const
{
    for (const Entry &entry : m_known) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const YamlNode &MappingReader::value(const QString &key) const
{
    const Entry *entry = find(key);
    return entry ? *entry->value : nullYamlNode();
}

bool MappingReader::has(const QString &key) const
{
    const Entry *entry = find(key);
    return entry && !entry->value->isNull();
}

YAML::Mark MappingReader::markOf(const QString &key) const
{
    const Entry *entry = find(key);
    return entry ? entry->value->mark() : m_mark;
}

std::optional<QString> MappingReader::string(const QString &key) const
{
    return readString(m_issues, value(key), pathOf(key));
}

std::optional<QString> MappingReader::requiredString(const QString &key) const
{
    if (!has(key)) {
        m_issues.error(m_mark, m_path, QStringLiteral("missing required key \"") % key % u'"');
        return std::nullopt;
    }
    std::optional<QString> text = string(key);
    if (text && text->isEmpty()) {
        m_issues.error(markOf(key), pathOf(key), QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<bool> MappingReader::boolean(const QString &key) const
{
    return readBool(m_issues, value(key), pathOf(key));
}

std::optional<qint64> MappingReader::integer(const QString &key) const
{
    return readInteger(m_issues, value(key), pathOf(key));
}

std::optional<QStringList> MappingReader::stringList(const QString &key) const
{
    return readStringList(m_issues, value(key), pathOf(key));
}

std::optional<Attributes> MappingReader::attributes(const QString &key) const
{
    return readAttributes(m_issues, value(key), pathOf(key));
}

} // namespace foundry::seed
