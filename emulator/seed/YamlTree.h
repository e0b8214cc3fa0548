#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/mark.h>

namespace YAML {
class Node;
}

// The parsed seed as the readers see it: a plain value tree with what they use of yaml-cpp's
// YAML::Node (kind, scalar text, tag, flow style, mark, children in file order). yaml-cpp's own
// nodes cost half a dozen allocations each, too many for a 100,000-user seed.
namespace foundry::seed {

struct YamlEntry;

class YamlNode final
{
public:
    enum class Kind : unsigned char
    {
        Null,
        Scalar,
        Sequence,
        Map
    };

    YamlNode() = default; // null
    // `tag` as yaml-cpp gives it: "?" for a plain scalar, "!" for a quoted one, else explicit.
    static YamlNode makeScalar(std::string text, std::string tag, const YAML::Mark &mark);
    static YamlNode makeCollection(Kind kind, bool flow, const YAML::Mark &mark);
    static YamlNode makeNull(const YAML::Mark &mark);
    // A copy of a tree read by YAML::Load, marks included.
    static YamlNode fromYamlCpp(const YAML::Node &node);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMap() const { return m_kind == Kind::Map; }
    const std::string &scalar() const { return m_scalar; } // empty unless a scalar
    const std::string &tag() const { return m_tag; }
    bool isFlow() const { return m_flow; }
    const YAML::Mark &mark() const { return m_mark; }
    size_t size() const;

    const std::vector<YamlNode> &items() const { return m_items; }      // of a sequence
    const std::vector<YamlEntry> &entries() const { return m_entries; } // of a map

    void append(YamlNode item) { m_items.push_back(std::move(item)); }
    void insert(YamlNode key, YamlNode value);

private:
    Kind m_kind = Kind::Null;
    bool m_flow = false;
    YAML::Mark m_mark = YAML::Mark::null_mark();
    std::string m_scalar;
    std::string m_tag;
    std::vector<YamlNode> m_items;
    std::vector<YamlEntry> m_entries;
};

struct YamlEntry
{
    YamlNode first;  // the key
    YamlNode second; // the value
};

inline size_t YamlNode::size() const
{
    return m_kind == Kind::Map ? m_entries.size() : m_items.size();
}

inline void YamlNode::insert(YamlNode key, YamlNode value)
{
    m_entries.push_back({std::move(key), std::move(value)});
}

// An empty node to refer to for "absent".
const YamlNode &nullYamlNode();

// Parses YAML text: the fast subset reader when it can (no marks), else YAML::Load (marks).
// Throws YAML::Exception for text that is not YAML.
YamlNode parseYaml(const std::string &text);

} // namespace foundry::seed
