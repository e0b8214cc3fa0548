// The subset reader (FastYaml) against yaml-cpp: on every document it accepts it must build the
// tree YAML::Load builds, give the same loaded state and the same saved bytes; everything
// outside the subset must be left to yaml-cpp.
#include "SeedTestSupport.h"

#include "FastYaml.h"
#include "SeedTreeReader.h"
#include "SeedWriter.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

using namespace foundry;
using foundry::seed::YamlNode;

namespace {

// The first difference between two trees (marks aside), or an empty string.
QString difference(const YamlNode &a, const YamlNode &b, const QString &at)
{
    const auto differ = [&](const char *what) {
        return QStringLiteral("%1: %2 differs (%3 | %4)")
            .arg(at, QLatin1StringView(what), QString::fromStdString(a.scalar()),
                 QString::fromStdString(b.scalar()));
    };
    if (a.kind() != b.kind())
        return differ("kind");
    if (a.tag() != b.tag())
        return differ("tag");
    if (a.scalar() != b.scalar())
        return differ("scalar");
    if (a.isFlow() != b.isFlow())
        return differ("style");
    if (a.size() != b.size())
        return differ("size");
    for (size_t i = 0; i < a.items().size(); ++i) {
        const QString found =
            difference(a.items()[i], b.items()[i], at + u'/' + QString::number(i));
        if (!found.isEmpty())
            return found;
    }
    for (size_t i = 0; i < a.entries().size(); ++i) {
        const QString where = at + u'/' + QString::fromStdString(a.entries()[i].first.scalar());
        QString found = difference(a.entries()[i].first, b.entries()[i].first, where + u'?');
        if (found.isEmpty())
            found = difference(a.entries()[i].second, b.entries()[i].second, where);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// Issues without their positions, sorted (positions order them; the subset reader has none).
QStringList messages(const SeedIssues &issues)
{
    QStringList lines;
    for (const SeedIssue &issue : issues)
        lines.append(issue.keyPath + QStringLiteral(": ") + issue.message);
    lines.sort();
    return lines;
}

QByteArray fileText(const QString &path)
{
    return seedtest::readFile(path);
}

// Ids a load generates are random: each distinct UUID becomes its number of first appearance.
QByteArray withNumberedUuids(const QByteArray &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString result = QString::fromUtf8(text);
    QStringList seen;
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = uuid.match(result, from)).hasMatch()) {
        const QString found = match.captured();
        if (!seen.contains(found))
            seen.append(found);
        const QString number = QStringLiteral("uuid-") + QString::number(seen.indexOf(found));
        result.replace(match.capturedStart(), match.capturedLength(), number);
        from = match.capturedStart() + number.size();
    }
    return result.toUtf8();
}

} // namespace

class TestSeedFastYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subset_buildsYamlCppsTree_data();
    void subset_buildsYamlCppsTree();
    void seedFiles_takeTheFastPath_data();
    void seedFiles_takeTheFastPath();
    void outsideSubset_fallsBackToYamlCpp_data();
    void outsideSubset_fallsBackToYamlCpp();
    void issues_nameLinesAndColumnsAfterTheFastPath();

private:
    static void addSeedFiles();
    static void addTrickyDocuments();
};

// `subset`: 1 when the subset reader must accept the text, 0 when it must give up, -1 either.
void TestSeedFastYaml::addSeedFiles()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("subset");
    QTest::newRow("demo seed") << fileText(QStringLiteral(FOUNDRY_SOURCE_DIR
                                                          "/resources/demo-seed.yaml"))
                               << 1;
    QDirIterator data(QStringLiteral(FOUNDRY_TEST_DATA_DIR), QDir::Files,
                      QDirIterator::Subdirectories);
    while (data.hasNext()) {
        const QString path = data.next();
        QTest::newRow(qPrintable(path)) << fileText(path) << -1;
    }
    // The documents the product was specified from (not in the repository; absent elsewhere).
    QDirIterator shared(QStringLiteral("/work/shared/seeds"), QDir::Files);
    while (shared.hasNext()) {
        const QString path = shared.next();
        QTest::newRow(qPrintable(path)) << fileText(path) << -1;
    }
}

void TestSeedFastYaml::addTrickyDocuments()
{
    int subset = 1;
    const auto row = [&subset](const char *name, const char *text) {
        QTest::newRow(name) << QByteArray(text) << subset;
    };
    row("comments everywhere",
        "# top\nfoundry:   # c\n  # inner\n  port: 4000 # c\n\n  hosts: [a, b]  # c\n#end");
    row("indentless sequence",
        "foundry:\n  users:\n  - username: a\n    email: x\n  - username: b\n");
    row("spaces after the dash", "foundry:\n  users:\n    -   username: a\n        email: b\n");
    row("quoted keys and escapes",
        "\"foundry\":\n  'hosts': [\"a\\\"b\", 'it''s', \"t\\tx\\\\y\\/z\", \"\", '']\n");
    row("null words", "a: ~\nb: null\nc:\nd: Null\ne: NULL\nf: 'null'\n~: x\nnull: y\ng: \"~\"\n");
    row("colons and hashes in plain scalars",
        "url: http://x:80/a#frag\nscope: api:admin-read\nk: a#b\nt: a:\"b\"\n");
    row("brackets and commas inside block scalars", "k: a[b]{c},d\nl: x, y\n");
    row("leading dashes", "k: -1\nl: -x\nm: [-1, -a]\nn: --\n");
    row("nested flow", "tokens:\n  t: {login: admin, scopes: [a:b, c], n: {x: y}, e: []}\n");
    row("empty flow collections", "a: []\nb: {}\nc: [ ]\nd: { }\ne: [[], {}]\n");
    row("spaces inside flow", "a: [ 'x y' , \"z\" ,w v  ]\nb: {  k: v ,l: 'w' }\n");
    row("unicode",
        "name: Zo\xc3\xab \xce\xa9mega \xe6\x97\xa5\xe6\x9c\xac\n\xc3\xa9: \xf0\x9f\x98\x80\n");
    row("nesting", "a:\n  - b:\n      - c\n      - d: e\n  -\n    f: g\n  -\n  - h\n");
    row("trailing spaces", "a: b   \nc:    \nd: 'e'  \n");
    row("root sequence", "- a\n- b: c\n  d: e\n-\n");
    row("spaces in keys", "my key: my value\nother  key: two  spaces\n");
    row("scalars of every type", "a: true\nb: 0x1F\nc: 1.5e3\nd: .inf\ne: 0o17\nf: 2001-12-14\n");
    row("deep indentation", "a:\n      b: c\n      d:\n             - e\nf: g\n");
    row("comments between items", "a:\n  - x\n# c\n      # d\n  - y\n");
    row("no final newline", "a: b");
    row("quoted scalars with indicators", "a: '# not a comment'\nb: \"- x: y\"\nc: '&x *y !z'\n");
    row("value after the sequence", "a:\n- 1\n- 2\nb: 3\n");
    // Not YAML at all: the subset reader must not accept what yaml-cpp refuses.
    subset = 0;
    row("mapping value inside a value", "a: b: c\n");
    row("bad dedent", "a:\n    b: c\n  d: e\n");
    row("continuation line", "a: b\n  c\n");
    row("sequence among keys", "a: b\n- c\n");
    row("unclosed flow", "a: [b, c\n");
    row("unclosed quote", "a: 'b\n");
    row("text after a quote", "a: 'b' c\n");
    row("comment glued to a quote", "a: 'b'#c\n");
    row("key then scalar", "a:\n  b\n");
    subset = 1; // valid YAML, and a warning for the seed reader
    row("duplicate keys", "a: 1\na: 2\n");
}

void TestSeedFastYaml::subset_buildsYamlCppsTree_data()
{
    addSeedFiles();
    addTrickyDocuments();
    // Seeds as bench/generate_seed.py writes them (the 100,000-user benchmark's shape).
    QTemporaryDir dir;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python.isEmpty() && dir.isValid()) {
        const QString out = dir.filePath(QStringLiteral("generated.yaml"));
        QProcess::execute(python, {QStringLiteral(FOUNDRY_SOURCE_DIR "/bench/generate_seed.py"),
                                   out, QStringLiteral("--users"), QStringLiteral("300"),
                                   QStringLiteral("--clients"), QStringLiteral("7")});
        QTest::newRow("generated seed") << fileText(out) << 1;
    }
}

// Whatever the subset reader accepts, yaml-cpp reads the same way; the seed read from either
// tree is the same state and saves to the same bytes.
void TestSeedFastYaml::subset_buildsYamlCppsTree()
{
    QFETCH(QByteArray, text);
    QFETCH(int, subset);
    QVERIFY(!text.isEmpty());
    const std::string source = text.toStdString();
    const std::optional<YamlNode> fast = seed::fastLoadYaml(source);
    if (subset >= 0)
        QCOMPARE(fast.has_value(), subset == 1);
    if (!fast)
        return; // left to yaml-cpp: nothing to compare (outsideSubset_* checks the fallback)
    YamlNode reference;
    try {
        reference = YamlNode::fromYamlCpp(YAML::Load(source));
    } catch (const YAML::Exception &e) {
        QFAIL(qPrintable(QStringLiteral("accepted what yaml-cpp refuses: ") +
                         QString::fromStdString(e.what())));
    }
    const QString found = difference(*fast, reference, QString());
    QVERIFY2(found.isEmpty(), qPrintable(found));

    const SeedLoadResult fromFast = readSeedTree(*fast, QStringLiteral("f.yaml"));
    const SeedLoadResult fromYamlCpp = readSeedTree(reference, QStringLiteral("f.yaml"));
    QCOMPARE(messages(fromFast.errors), messages(fromYamlCpp.errors));
    QCOMPARE(messages(fromFast.warnings), messages(fromYamlCpp.warnings));
    if (!fromFast.ok)
        return;
    const QByteArray saved = writeSeed(fromFast.state);
    const QByteArray expected = writeSeed(fromYamlCpp.state);
    QCOMPARE(withNumberedUuids(saved), withNumberedUuids(expected));
    if (saved == expected) // no random ids generated: the whole state must be equal
        QCOMPARE(fromFast.state, fromYamlCpp.state);
}

void TestSeedFastYaml::seedFiles_takeTheFastPath_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("demo seed") << fileText(
        QStringLiteral(FOUNDRY_SOURCE_DIR "/resources/demo-seed.yaml"));
    QTest::newRow("older emulator")
        << fileText(seedtest::dataPath(QStringLiteral("seeds/older-emulator-users.yaml")));
    // (seeds/older-emulator-blocks.yaml has a block scalar: yaml-cpp reads that one)
    QTest::newRow("unknown keys") << fileText(
        seedtest::dataPath(QStringLiteral("seeds/unknown-keys.yaml")));
    // What this program writes must always be inside the subset.
    const SeedLoadResult demo =
        loadSeedFile(QStringLiteral(FOUNDRY_SOURCE_DIR "/resources/demo-seed.yaml"));
    QTest::newRow("saved demo seed") << writeSeed(demo.state);
}

// Real seeds are inside the subset: a change that makes the reader give up on them would bring
// back the slow load without failing anything else.
void TestSeedFastYaml::seedFiles_takeTheFastPath()
{
    QFETCH(QByteArray, text);
    QVERIFY(!text.isEmpty());
    QVERIFY(seed::fastLoadYaml(text.toStdString()).has_value());
}

void TestSeedFastYaml::outsideSubset_fallsBackToYamlCpp_data()
{
    QTest::addColumn<QByteArray>("text");
    const auto row = [](const char *name, const QByteArray &text) { QTest::newRow(name) << text; };
    row("anchor and alias", "foundry:\n  hosts: &h [a]\n  x: *h\n");
    row("tag", "foundry:\n  port: !!int 4000\n");
    row("literal block scalar", "foundry:\n  description: |\n    two\n    lines\n");
    row("folded block scalar", "foundry:\n  description: >\n    two\n    lines\n");
    row("multi-line plain scalar", "foundry:\n  enrollment:\n    name: two\n      words\n");
    row("multi-line quoted scalar", "foundry:\n  enrollment:\n    name: 'two\n      words'\n");
    row("multi-line flow", "foundry:\n  hosts: [a,\n    b]\n");
    row("tab", "foundry:\n  hosts:\t[a]\n");
    row("CRLF", "foundry:\r\n  hosts: [a]\r\n");
    row("byte order mark", "\xef\xbb\xbf"
                           "foundry:\n  hosts: [a]\n");
    row("document marker", "---\nfoundry:\n  hosts: [a]\n");
    row("document end", "foundry:\n  hosts: [a]\n...\n");
    row("directive", "%YAML 1.2\n---\nfoundry:\n  hosts: [a]\n");
    row("complex key", "foundry:\n  ? hosts\n  : [a]\n");
    row("nested compact sequence", "foundry:\n  hosts:\n    - - a\n");
    row("hex escape", "foundry:\n  hosts: [\"\\x41\"]\n");
    row("unicode escape", "foundry:\n  hosts: [\"\\u00e9\"]\n");
    row("key without value in flow", "foundry:\n  hosts: {a}\n");
    row("trailing comma", "foundry:\n  hosts: [a, b, ]\n");
    row("merge key", "foundry:\n  <<: {port: 4000}\n");
    row("invalid UTF-8", "foundry:\n  hosts: [\xff]\n");
    row("empty document", "");
    row("comments only", "# nothing\n");
    row("scalar document", "just text\n");
    row("flow document", "{foundry: {port: 4000}}\n");
    row("space before the colon", "foundry :\n  port: 4000\n");
    row("question mark in flow", "foundry:\n  hosts: [a?b]\n");
}

// Outside the subset the reader gives up, and loadSeedText reads the file with yaml-cpp: the
// same result as reading YAML::Load's tree.
void TestSeedFastYaml::outsideSubset_fallsBackToYamlCpp()
{
    QFETCH(QByteArray, text);
    QVERIFY(!seed::fastLoadYaml(text.toStdString()).has_value());
    const SeedLoadResult loaded = loadSeedText(text, QStringLiteral("f.yaml"));
    try {
        const YamlNode reference = YamlNode::fromYamlCpp(YAML::Load(text.toStdString()));
        const SeedLoadResult expected = readSeedTree(reference, QStringLiteral("f.yaml"));
        QCOMPARE(seedtest::describe(loaded.errors), seedtest::describe(expected.errors));
        QCOMPARE(seedtest::describe(loaded.warnings), seedtest::describe(expected.warnings));
        QCOMPARE(loaded.state, expected.state);
    } catch (const YAML::Exception &) {
        QVERIFY(!loaded.ok);
        QVERIFY(loaded.errors.first().message.startsWith(QStringLiteral("invalid YAML")));
    }
}

// A file inside the subset that has something to report is read again by yaml-cpp, so every
// issue still names its line and column.
void TestSeedFastYaml::issues_nameLinesAndColumnsAfterTheFastPath()
{
    const QByteArray text = "foundry:\n"
                            "  users:\n"
                            "    - username: alice\n"
                            "      active: maybe\n"
                            "      shoe_size: 42\n";
    QVERIFY(seed::fastLoadYaml(text.toStdString()).has_value());
    const SeedLoadResult result = loadSeedText(text, QStringLiteral("f.yaml"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 4);
    QCOMPARE(result.errors.first().column, 15);
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().line, 5);
    QCOMPARE(result.warnings.first().column, 7);
}

QTEST_GUILESS_MAIN(TestSeedFastYaml)
#include "test_seed_fast_yaml.moc"
