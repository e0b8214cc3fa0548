#pragma once

#include "Attributes.h"
#include "ExtraFields.h"
#include "SeedIssue.h"

#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

#include "YamlTree.h"

namespace foundry::seed {

// Collects the issues of one file; yaml-cpp's 0-based marks become 1-based lines and columns.
class IssueCollector final
{
public:
    explicit IssueCollector(QString fileName) : m_fileName(std::move(fileName)) {}

    void error(const YAML::Mark &mark, const QString &keyPath, const QString &message);
    void warning(const YAML::Mark &mark, const QString &keyPath, const QString &message);

    const SeedIssues &errors() const { return m_errors; }
    const SeedIssues &warnings() const { return m_warnings; }

private:
    SeedIssue make(SeedIssue::Severity severity, const YAML::Mark &mark, const QString &keyPath,
                   const QString &message) const;

    QString m_fileName;
    SeedIssues m_errors;
    SeedIssues m_warnings;
};

// Typed reads of one node. A null node means "not given": nothing is reported and nullopt is
// returned. A node of the wrong type is reported as an error and also gives nullopt.
std::optional<QString> readString(IssueCollector &issues, const YamlNode &node,
                                  const QString &path);
std::optional<bool> readBool(IssueCollector &issues, const YamlNode &node, const QString &path);
std::optional<qint64> readInteger(IssueCollector &issues, const YamlNode &node,
                                  const QString &path);
std::optional<QStringList> readStringList(IssueCollector &issues, const YamlNode &node,
                                          const QString &path);
std::optional<Attributes> readAttributes(IssueCollector &issues, const YamlNode &node,
                                         const QString &path);

QString childPath(const QString &path, const QString &key);
QString itemPath(const QString &path, qsizetype index);

// One mapping of the seed (an entity, `foundry:`, the document): checks its type, splits its
// keys into known ones and carried ones (unknown keys, with a warning, and `kept` blocks, without
// one), warns about repeated keys (the first wins) and reads known values by type.
class MappingReader final
{
public:
    MappingReader(IssueCollector &issues, const YamlNode &node, QString path,
                  const QStringList &known, const QStringList &kept = {});

    // False when the node is neither a mapping nor null; an error has been reported.
    bool isMapping() const { return m_isMapping; }
    const YAML::Mark &mark() const { return m_mark; }
    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const { return childPath(m_path, key); }
    IssueCollector &issues() const { return m_issues; }

    // The value of a known key; a null node when it is absent.
    const YamlNode &value(const QString &key) const;
    // Present, whatever its value (`key:` alone is present and null).
    bool contains(const QString &key) const { return find(key) != nullptr; }
    // Present with a non-null value.
    bool has(const QString &key) const;
    YAML::Mark markOf(const QString &key) const; // the value's mark, or the mapping's

    std::optional<QString> string(const QString &key) const;
    // Reports a missing or empty value.
    std::optional<QString> requiredString(const QString &key) const;
    std::optional<bool> boolean(const QString &key) const;
    std::optional<qint64> integer(const QString &key) const;
    std::optional<QStringList> stringList(const QString &key) const;
    std::optional<Attributes> attributes(const QString &key) const;

    // Unknown and kept keys in file order, each with the known key it followed.
    const ExtraFields &extras() const { return m_extras; }

private:
    struct Entry
    {
        QString key;
        const YamlNode *value; // in the tree, which outlives the reader
    };
    const Entry *find(const QString &key) const;

    IssueCollector &m_issues;
    QString m_path;
    YAML::Mark m_mark;
    bool m_isMapping = false;
    std::vector<Entry> m_known;
    ExtraFields m_extras;
};

} // namespace foundry::seed
