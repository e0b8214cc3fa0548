#include "FastYaml.h"

#include <cstdint>
#include <string>

namespace foundry::seed {

namespace {

// Thrown to give up on the subset, caught once in fastLoadYaml: giving up is rare and simpler
// to express as a throw than as a status threaded through every function.
struct OutsideSubset
{
};

[[noreturn]] void giveUp()
{
    throw OutsideSubset{};
}

// Far deeper than any seed; deeper text goes to yaml-cpp, which has its own guard.
constexpr int kMaxDepth = 64;
// YAML limits implicit keys to 1024 characters.
constexpr size_t kMaxKeyLength = 1000;
// The subset reader keeps no positions (see FastYaml.h).
const YAML::Mark kNoMark = YAML::Mark::null_mark();

// The plain scalars yaml-cpp turns into null nodes.
bool isNullWord(std::string_view text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Everything but '\n' and printable, valid UTF-8 (without C1 controls, the byte order mark and
// the Unicode line separators) is left to yaml-cpp: tabs, CR and encodings have rules of their
// own there.
bool hasOnlySubsetCharacters(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const size_t size = text.size();
    for (size_t i = 0; i < size;) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n') || c == 0x7f)
                return false;
            ++i;
            continue;
        }
        size_t length = 0;
        std::uint32_t code = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            code = c & 0x1fu;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            code = c & 0x0fu;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            code = c & 0x07u;
        } else {
            return false;
        }
        if (size - i < length)
            return false;
        for (size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xc0u) != 0x80u)
                return false;
            code = (code << 6) | (bytes[i + k] & 0x3fu);
        }
        const std::uint32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ||
            code <= 0x9f || code == 0xfeff || code == 0x2028 || code == 0x2029)
            return false;
        i += length;
    }
    return true;
}

// Reads line by line. The current line's content starts at m_pos, in column m_indent; at(p)
// answers '\n' from the end of the line on, so no scan needs its own bounds check.
class Parser final
{
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    YamlNode document();

private:
    enum class Block
    {
        None,
        Mapping,
        Sequence
    };

    struct Key
    {
        std::string text;
        bool quoted = false;
        size_t colon = 0;
    };

    char at(size_t p) const { return p < m_lineEnd ? m_text[p] : '\n'; }
    bool atEnd() const { return m_indent < 0; }
    bool isSequenceItem() const { return isSequenceItemAt(m_pos); }
    bool isSequenceItemAt(size_t p) const
    {
        return at(p) == '-' && (at(p + 1) == ' ' || at(p + 1) == '\n');
    }
    size_t skipSpaces(size_t p) const
    {
        while (at(p) == ' ')
            ++p;
        return p;
    }

    void startLine(size_t p);
    void endLine(size_t p);
    Block nestedBlock(int parentIndent, bool inMapping) const;
    YamlNode block(Block kind, int depth);
    YamlNode mapping(int indent, int depth);
    YamlNode sequence(int indent, int depth);
    YamlNode inlineValue(size_t p, int depth);
    std::optional<Key> key(size_t p) const;
    bool canStartPlain(size_t p, bool inFlow) const;
    size_t blockPlainEnd(size_t p) const;
    size_t quoted(size_t p, std::string &text) const;
    YamlNode flow(size_t &p, int depth);
    YamlNode flowItem(size_t &p, int depth);
    YamlNode flowScalar(size_t &p);

    std::string_view m_text;
    size_t m_lineStart = 0;
    size_t m_lineEnd = 0;
    size_t m_pos = 0;
    int m_indent = -1;
};

YamlNode scalarNode(std::string_view text, bool quoted)
{
    if (!quoted && isNullWord(text))
        return YamlNode(); // yaml-cpp makes null nodes of `~`, `null` and nothing
    return YamlNode::makeScalar(std::string(text), quoted ? "!" : "?", kNoMark);
}

YamlNode blockCollection(YamlNode::Kind kind)
{
    return YamlNode::makeCollection(kind, false, kNoMark);
}

YamlNode Parser::document()
{
    startLine(0);
    if (atEnd())
        giveUp(); // an empty document: yaml-cpp's own answer
    YamlNode root = block(isSequenceItem() ? Block::Sequence : Block::Mapping, 0);
    if (!atEnd())
        giveUp();
    return root;
}

// Moves to the first line from `p` on that has content (blank and comment lines are skipped).
void Parser::startLine(size_t p)
{
    const size_t size = m_text.size();
    while (p < size) {
        size_t end = m_text.find('\n', p);
        if (end == std::string_view::npos)
            end = size;
        size_t q = p;
        while (q < end && m_text[q] == ' ')
            ++q;
        if (q < end && m_text[q] != '#') {
            const std::string_view line = m_text.substr(p, end - p);
            const auto isMarker = [&](std::string_view marker) {
                return line.substr(0, 3) == marker && (line.size() == 3 || line[3] == ' ');
            };
            if (q == p && (line.front() == '%' || isMarker("---") || isMarker("...")))
                giveUp(); // directives and document markers
            m_lineStart = p;
            m_lineEnd = end;
            m_pos = q;
            m_indent = int(q - p);
            return;
        }
        p = end + 1;
    }
    m_lineStart = m_lineEnd = m_pos = size;
    m_indent = -1;
}

// The rest of the line from `p` must be blank or a comment.
void Parser::endLine(size_t p)
{
    const size_t end = skipSpaces(p);
    if (at(end) == '#' ? end == p : at(end) != '\n')
        giveUp();
    startLine(m_lineEnd + 1);
}

// What follows `key:` or `-` at the end of a line: a deeper block, an indentless sequence (only
// under a key) or nothing, which is a null value.
Parser::Block Parser::nestedBlock(int parentIndent, bool inMapping) const
{
    if (atEnd() || m_indent < parentIndent)
        return Block::None;
    if (m_indent == parentIndent)
        return inMapping && isSequenceItem() ? Block::Sequence : Block::None;
    return isSequenceItem() ? Block::Sequence : Block::Mapping;
}

// The block that starts on the current line, in its column.
YamlNode Parser::block(Block kind, int depth)
{
    if (depth > kMaxDepth)
        giveUp();
    switch (kind) {
    case Block::Mapping:
        return mapping(m_indent, depth);
    case Block::Sequence:
        return sequence(m_indent, depth);
    case Block::None:
        break;
    }
    return YamlNode();
}

YamlNode Parser::mapping(int indent, int depth)
{
    YamlNode map = blockCollection(YamlNode::Kind::Map);
    while (m_indent == indent) {
        if (isSequenceItem())
            giveUp(); // `- item` among the keys
        std::optional<Key> entry = key(m_pos);
        if (!entry)
            giveUp();
        YamlNode keyNode = scalarNode(entry->text, entry->quoted);
        const size_t p = skipSpaces(entry->colon + 1);
        if (at(p) == '\n' || at(p) == '#') {
            startLine(m_lineEnd + 1);
            map.insert(std::move(keyNode), block(nestedBlock(indent, true), depth + 1));
        } else {
            map.insert(std::move(keyNode), inlineValue(p, depth));
        }
    }
    if (m_indent > indent)
        giveUp(); // a continuation line or a wrongly indented key
    return map;
}

YamlNode Parser::sequence(int indent, int depth)
{
    YamlNode list = blockCollection(YamlNode::Kind::Sequence);
    while (m_indent == indent && isSequenceItem()) {
        const size_t p = skipSpaces(m_pos + 1);
        if (at(p) == '\n' || at(p) == '#') {
            startLine(m_lineEnd + 1);
            list.append(block(nestedBlock(indent, false), depth + 1));
        } else if (isSequenceItemAt(p)) {
            giveUp(); // `- - item`
        } else if (key(p)) {
            // `- key: value`: a mapping whose keys are in the column of its first key
            m_pos = p;
            m_indent = int(p - m_lineStart);
            list.append(block(Block::Mapping, depth + 1));
        } else {
            list.append(inlineValue(p, depth));
        }
    }
    if (m_indent > indent)
        giveUp();
    return list;
}

// A scalar or flow collection that ends its line.
YamlNode Parser::inlineValue(size_t p, int depth)
{
    YamlNode value;
    const char c = at(p);
    if (c == '[' || c == '{') {
        value = flow(p, depth + 1);
    } else if (c == '"' || c == '\'') {
        std::string text;
        p = quoted(p, text);
        value = scalarNode(text, true);
    } else {
        if (!canStartPlain(p, false))
            giveUp();
        size_t end = blockPlainEnd(p);
        const size_t next = end;
        while (end > p && m_text[end - 1] == ' ')
            --end;
        value = scalarNode(m_text.substr(p, end - p), false);
        p = next;
    }
    endLine(p);
    return value;
}

// `key:` (followed by a space or the end of the line) at `p`, or nullopt.
std::optional<Parser::Key> Parser::key(size_t p) const
{
    Key entry;
    if (at(p) == '"' || at(p) == '\'') {
        entry.colon = quoted(p, entry.text);
        entry.quoted = true;
    } else {
        if (!canStartPlain(p, false))
            return std::nullopt;
        size_t q = p;
        for (;; ++q) {
            const char c = at(q);
            if (c == '\n' || (c == ' ' && at(q + 1) == '#'))
                return std::nullopt;
            if (c == ':' && (at(q + 1) == ' ' || at(q + 1) == '\n'))
                break;
        }
        if (m_text[q - 1] == ' ' || q - p > kMaxKeyLength)
            giveUp(); // `key :`, or too long for an implicit key
        entry.text.assign(m_text.substr(p, q - p));
        entry.colon = q;
    }
    if (at(entry.colon) != ':' || (at(entry.colon + 1) != ' ' && at(entry.colon + 1) != '\n'))
        return std::nullopt;
    return entry;
}

// YAML's indicators cannot start a plain scalar; `-`, `?` and `:` could when a non-space
// follows, but only `-` is common (negative numbers), so the other two are left to yaml-cpp, as
// is `<` (the `<<` merge key).
bool Parser::canStartPlain(size_t p, bool inFlow) const
{
    const char c = at(p);
    if (c == '-') {
        const char next = at(p + 1);
        return next != ' ' && next != '\n' &&
               !(inFlow &&
                 (next == ',' || next == '[' || next == ']' || next == '{' || next == '}'));
    }
    return std::string_view(",[]{}#&*!|>'\"%@`?:<\n ").find(c) == std::string_view::npos;
}

// The end of a plain scalar in block context: the end of the line or a comment. A `: ` inside
// a value is an error for yaml-cpp to report.
size_t Parser::blockPlainEnd(size_t p) const
{
    for (;; ++p) {
        const char c = at(p);
        if (c == '\n' || (c == ' ' && at(p + 1) == '#'))
            return p;
        if (c == ':' && (at(p + 1) == ' ' || at(p + 1) == '\n'))
            giveUp();
    }
}

// A one-line quoted scalar at `p`; returns the position after its closing quote.
size_t Parser::quoted(size_t p, std::string &text) const
{
    const char quote = at(p);
    for (++p;; ++p) {
        char c = at(p);
        if (c == '\n')
            giveUp(); // multi-line quoted scalars fold lines: yaml-cpp's business
        if (c == quote) {
            if (quote == '\'' && at(p + 1) == '\'') {
                text += '\'';
                ++p;
                continue;
            }
            return p + 1;
        }
        if (quote == '"' && c == '\\') {
            // The escapes yaml-cpp turns into one character; \x, \u, \U, \N, \_, \L and \P
            // are rare enough to leave to it.
            static constexpr char from[] = "0abtnvfre \"'\\/";
            static constexpr char to[] = "\0\a\b\t\n\v\f\r\x1b \"'\\/";
            static_assert(sizeof(from) == sizeof(to));
            const size_t index = std::string_view(from, sizeof(from) - 1).find(at(p + 1));
            if (index == std::string_view::npos)
                giveUp();
            c = to[index];
            ++p;
        }
        text += c;
    }
}

YamlNode Parser::flow(size_t &p, int depth)
{
    if (depth > kMaxDepth)
        giveUp();
    const bool isMap = at(p) == '{';
    const char close = isMap ? '}' : ']';
    YamlNode node = YamlNode::makeCollection(isMap ? YamlNode::Kind::Map : YamlNode::Kind::Sequence,
                                             true, kNoMark);
    p = skipSpaces(p + 1);
    if (at(p) == close) {
        ++p;
        return node;
    }
    for (;;) {
        if (isMap) {
            const char c = at(p);
            if (c == '[' || c == '{')
                giveUp(); // a collection as a key
            YamlNode key = flowItem(p, depth);
            if (at(p) != ':' || at(p + 1) != ' ' || m_text[p - 1] == ' ')
                giveUp(); // `{a}`, `{a:1}`, `{a : 1}`
            p = skipSpaces(p + 1);
            node.insert(std::move(key), flowItem(p, depth));
        } else {
            node.append(flowItem(p, depth));
        }
        p = skipSpaces(p);
        if (at(p) == ',') {
            p = skipSpaces(p + 1);
            if (at(p) == close)
                giveUp(); // a trailing comma
            continue;
        }
        if (at(p) != close)
            giveUp(); // the end of the line inside a flow collection, or a stray character
        ++p;
        return node;
    }
}

YamlNode Parser::flowItem(size_t &p, int depth)
{
    const char c = at(p);
    if (c == '[' || c == '{')
        return flow(p, depth + 1);
    if (c == '"' || c == '\'') {
        std::string text;
        p = quoted(p, text);
        return scalarNode(text, true);
    }
    return flowScalar(p);
}

// A plain scalar in a flow collection ends at `,`, a bracket or a `: `.
YamlNode Parser::flowScalar(size_t &p)
{
    if (!canStartPlain(p, true))
        giveUp();
    size_t end = p;
    for (;; ++end) {
        const char c = at(end);
        if (c == '\n' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}')
            break;
        if (c == '?' || (c == ' ' && at(end + 1) == '#'))
            giveUp(); // yaml-cpp ends flow scalars at `?` too; a comment inside a flow
        if (c == ':') {
            const char next = at(end + 1);
            if (next == ' ' || next == ',' || next == ']' || next == '}' || next == '\n')
                break;
        }
    }
    const size_t next = end;
    while (end > p && m_text[end - 1] == ' ')
        --end;
    const size_t start = p;
    p = next;
    return scalarNode(m_text.substr(start, end - start), false);
}

} // namespace

std::optional<YamlNode> fastLoadYaml(std::string_view text)
{
    if (!hasOnlySubsetCharacters(text))
        return std::nullopt;
    try {
        return Parser(text).document();
    } catch (const OutsideSubset &) {
        return std::nullopt;
    }
}

} // namespace foundry::seed
