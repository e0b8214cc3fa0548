#include "YamlTree.h"

#include "FastYaml.h"

#include <yaml-cpp/yaml.h>

namespace foundry::seed {

YamlNode YamlNode::makeScalar(std::string text, std::string tag, const YAML::Mark &mark)
{
    YamlNode node;
    node.m_kind = Kind::Scalar;
    node.m_scalar = std::move(text);
    node.m_tag = std::move(tag);
    node.m_mark = mark;
    return node;
}

YamlNode YamlNode::makeCollection(Kind kind, bool flow, const YAML::Mark &mark)
{
    YamlNode node;
    node.m_kind = kind;
    node.m_flow = flow;
    node.m_tag = "?";
    node.m_mark = mark;
    return node;
}

YamlNode YamlNode::makeNull(const YAML::Mark &mark)
{
    YamlNode node;
    node.m_mark = mark;
    return node;
}

YamlNode YamlNode::fromYamlCpp(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        break;
    case YAML::NodeType::Scalar:
        return makeScalar(node.Scalar(), node.Tag(), node.Mark());
    case YAML::NodeType::Sequence: {
        YamlNode copy =
            makeCollection(Kind::Sequence, node.Style() == YAML::EmitterStyle::Flow, node.Mark());
        copy.m_tag = node.Tag();
        copy.m_items.reserve(node.size());
        for (const YAML::Node &item : node)
            copy.append(fromYamlCpp(item));
        return copy;
    }
    case YAML::NodeType::Map: {
        YamlNode copy =
            makeCollection(Kind::Map, node.Style() == YAML::EmitterStyle::Flow, node.Mark());
        copy.m_tag = node.Tag();
        copy.m_entries.reserve(node.size());
        for (const auto &entry : node)
            copy.insert(fromYamlCpp(entry.first), fromYamlCpp(entry.second));
        return copy;
    }
    }
    return makeNull(node.Mark());
}

const YamlNode &nullYamlNode()
{
    static const YamlNode null;
    return null;
}

YamlNode parseYaml(const std::string &text)
{
    if (std::optional<YamlNode> tree = fastLoadYaml(text))
        return std::move(*tree);
    return YamlNode::fromYamlCpp(YAML::Load(text));
}

} // namespace foundry::seed
