// Replays every input the fuzz targets were ever given to keep: the checked-in starting corpus
// (tests/fuzz/corpus/<target>/) and each crash a fuzzer found (tests/data/fuzz/<target>/), in
// every build (GCC included), so a fixed crash stays fixed without clang or libFuzzer.

#include "../fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using Target = std::function<void(QByteArrayView)>;
Q_DECLARE_METATYPE(Target)

class TestRobustnessFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestRobustnessFuzzRegressions::replay_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("file");
    const QList<QPair<QString, Target>> targets = {
        {QStringLiteral("fuzz_seed_parser"), foundry::fuzz::seedParser},
        {QStringLiteral("fuzz_form_query"), foundry::fuzz::formAndQuery},
        {QStringLiteral("fuzz_json_request"), foundry::fuzz::jsonRequest},
        {QStringLiteral("fuzz_request_router"), foundry::fuzz::requestRouter},
    };
    int rows = 0;
    for (const auto &[name, target] : targets) {
        const QStringList roots = {QStringLiteral(FOUNDRY_SOURCE_DIR "/tests/fuzz/corpus/"),
                                   QStringLiteral(FOUNDRY_TEST_DATA_DIR "/fuzz/")};
        for (const QString &root : roots) {
            const QDir dir(root + name);
            for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden)) {
                const QString path = dir.filePath(file);
                QTest::newRow(qPrintable(name + u'/' + file)) << target << path;
                ++rows;
            }
        }
    }
    QVERIFY2(rows >= 12, "the corpus directories are missing");
}

void TestRobustnessFuzzRegressions::replay()
{
    QFETCH(Target, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    target(bytes); // returns, or the test process dies with the finding
}

QTEST_GUILESS_MAIN(TestRobustnessFuzzRegressions)
#include "test_robustness_fuzz_regressions.moc"
