#include "YamlScalars.h"

#include "YamlTree.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace foundry::seed {

namespace {

bool isCoreNull(QStringView text)
{
    return text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL";
}

bool isCoreBool(QStringView text)
{
    return text == u"true" || text == u"True" || text == u"TRUE" || text == u"false" ||
           text == u"False" || text == u"FALSE";
}

// The same two checks on UTF-8 text, so that the reader converts a scalar only when it must.
bool isCoreNull(std::string_view text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

bool isCoreBool(std::string_view text)
{
    return text == "true" || text == "True" || text == "TRUE" || text == "false" ||
           text == "False" || text == "FALSE";
}

// The plain words YAML 1.1 (PyYAML, older tools) reads as booleans or merge/value keys.
bool isYaml11Word(QStringView text)
{
    static const QStringList words = {
        QStringLiteral("y"),   QStringLiteral("Y"),   QStringLiteral("yes"), QStringLiteral("Yes"),
        QStringLiteral("YES"), QStringLiteral("n"),   QStringLiteral("N"),   QStringLiteral("no"),
        QStringLiteral("No"),  QStringLiteral("NO"),  QStringLiteral("on"),  QStringLiteral("On"),
        QStringLiteral("ON"),  QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF"),
        QStringLiteral("<<"),  QStringLiteral("=")};
    return words.contains(text);
}

// Only text that starts like a number can be one: checking the first character keeps the
// regular expressions off the hot path of a 100,000-user seed.
bool mayBeNumber(QStringView text)
{
    const QChar first = text.front();
    return first.isDigit() || first == u'-' || first == u'+' || first == u'.';
}

ScalarType coreNumberType(const QString &text)
{
    static const QRegularExpression intPattern(
        QStringLiteral("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"));
    static const QRegularExpression floatPattern(QStringLiteral(
        "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)"
        "|\\.(?:nan|NaN|NAN))$"));
    if (intPattern.match(text).hasMatch())
        return ScalarType::Int;
    if (floatPattern.match(text).hasMatch())
        return ScalarType::Float;
    return ScalarType::String;
}

} // namespace

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

ScalarType scalarType(const YamlNode &node)
{
    if (node.isNull())
        return ScalarType::Null;
    if (!node.isScalar() || node.tag() != "?")
        return ScalarType::String; // quoted or explicitly tagged
    const std::string &text = node.scalar();
    if (isCoreNull(text))
        return ScalarType::Null;
    if (isCoreBool(text))
        return ScalarType::Bool;
    // Only text that starts like a number can be one (a multi-byte first character cannot).
    const char first = text.front();
    if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.')
        return coreNumberType(toQString(text));
    return ScalarType::String;
}

bool needsQuotes(const QString &text)
{
    if (isCoreNull(text) || isCoreBool(text) || isYaml11Word(text))
        return true;
    if (!mayBeNumber(text))
        return false;
    // YAML 1.1 reads more plain text as numbers and dates than 1.2 does (PyYAML still uses it).
    static const QRegularExpression yaml11Number(
        QStringLiteral("^(?:[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+"
                       "|[1-9][0-9_]*(?::[0-5]?[0-9])+)"
                       "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9.]*(?:[eE][-+][0-9]+)?"
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                       "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
                       "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$"));
    return coreNumberType(text) != ScalarType::String || yaml11Number.match(text).hasMatch();
}

QString describeNode(const YamlNode &node)
{
    if (node.isNull())
        return QStringLiteral("nothing");
    if (node.isSequence())
        return QStringLiteral("a list");
    if (node.isMap())
        return QStringLiteral("a mapping");
    return u'"' + toQString(node.scalar()) + u'"';
}

void emitString(YAML::Emitter &out, const QString &text)
{
    if (needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << toStd(text);
}

void emitFlowList(YAML::Emitter &out, const QStringList &values)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString &value : values)
        emitString(out, value);
    out << YAML::EndSeq;
}

void emitNode(YAML::Emitter &out, const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        out << YAML::Null;
        return;
    case YamlNode::Kind::Scalar: {
        const std::string &tag = node.tag();
        if (tag == "?") { // plain: keep it plain so its type does not change
            out << node.scalar();
        } else if (tag == "!") { // quoted: a string whatever it looks like
            emitString(out, toQString(node.scalar()));
        } else {
            out << YAML::VerbatimTag(tag) << node.scalar();
        }
        return;
    }
    case YamlNode::Kind::Sequence:
        if (node.isFlow() || node.size() == 0)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YamlNode &item : node.items())
            emitNode(out, item);
        out << YAML::EndSeq;
        return;
    case YamlNode::Kind::Map:
        if (node.isFlow() || node.size() == 0)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const YamlEntry &entry : node.entries()) {
            out << YAML::Key;
            emitNode(out, entry.first);
            out << YAML::Value;
            emitNode(out, entry.second);
        }
        out << YAML::EndMap;
        return;
    }
}

QString nodeToYaml(const YamlNode &node)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitNode(out, node);
    return QString::fromUtf8(out.c_str(), qsizetype(out.size()));
}

void emitYamlText(YAML::Emitter &out, const QString &yaml)
{
    YamlNode node;
    try {
        node = parseYaml(toStd(yaml));
    } catch (const YAML::Exception &) {
        emitString(out, yaml);
        return;
    }
    emitNode(out, node);
}

} // namespace foundry::seed
