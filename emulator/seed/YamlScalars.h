#pragma once

#include <QString>
#include <QStringList>

namespace YAML {
class Emitter;
} // namespace YAML

// How YAML text turns into values and back: the one place that knows which plain scalars are
// not strings, so that the reader's type checks and the writer's quoting agree.
namespace foundry::seed {

class YamlNode;

enum class ScalarType
{
    Null,
    Bool,
    Int,
    Float,
    String
};

// The type a scalar node has under the YAML 1.2 core schema: quoted scalars are strings, plain
// ones are resolved from their text.
ScalarType scalarType(const YamlNode &node);
// Whether `text` must be quoted to stay a string for YAML 1.1 and 1.2 readers alike (yes, on,
// 1_000, 2001-12-14, ...). yaml-cpp's emitter only quotes what would be invalid YAML.
bool needsQuotes(const QString &text);

// "got ..." wording for messages: the scalar in quotes, or the kind of node.
QString describeNode(const YamlNode &node);

QString toQString(const std::string &text);
std::string toStd(const QString &text);

void emitString(YAML::Emitter &out, const QString &text);
void emitFlowList(YAML::Emitter &out, const QStringList &values);
// Emits a parsed node as it was written: quoted strings stay strings, flow collections stay in
// flow style, empty collections are written `{}` / `[]`.
void emitNode(YAML::Emitter &out, const YamlNode &node);
// A node as a self-contained YAML document (how unknown keys are carried in the model).
QString nodeToYaml(const YamlNode &node);
// Emits YAML text produced by nodeToYaml(); text that does not parse is written as a string.
void emitYamlText(YAML::Emitter &out, const QString &yaml);

} // namespace foundry::seed
