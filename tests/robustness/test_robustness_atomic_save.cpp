// Saves are atomic on a disk that fails: a seed saved onto a filesystem that fills up, or that
// has turned read-only, fails with a message and leaves the previous file byte for byte, with
// no temporary file behind. The failing disk is a real size-limited (then read-only) tmpfs,
// mounted for the test; without the privilege to mount one the test is skipped (the
// RLIMIT_FSIZE variant in tests/unit/seed runs everywhere).

#include "SeedReader.h"
#include "SeedWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace foundry;

namespace {

DirectoryState stateWithUsers(int count)
{
    DirectoryState state = DirectoryState::withDefaults();
    for (int i = 0; i < count; ++i) {
        User user;
        user.username = QStringLiteral("user-%1").arg(i);
        user.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        user.email = user.username + QStringLiteral("@example.com");
        state.users.append(user);
    }
    return state;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRobustnessAtomicSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fullDisk_leavesThePreviousFileIntact();
    void readOnlyDisk_leavesThePreviousFileIntact();

private:
    bool mountSmallDisk(qint64 bytes);
    QStringList filesOnDisk() const { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden); }

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_mounted = false;
};

void TestRobustnessAtomicSave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRobustnessAtomicSave::cleanup()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir->path()).constData(), MNT_DETACH);
    m_mounted = false;
    m_dir.reset();
}

bool TestRobustnessAtomicSave::mountSmallDisk(qint64 bytes)
{
    if (::geteuid() != 0)
        return false;
    const QByteArray options = "size=" + QByteArray::number(bytes);
    m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir->path()).constData(), "tmpfs",
                        MS_NOSUID | MS_NODEV, options.constData()) == 0;
    return m_mounted;
}

void TestRobustnessAtomicSave::fullDisk_leavesThePreviousFileIntact()
{
    if (!mountSmallDisk(64 * 1024))
        QSKIP("cannot mount a small tmpfs here (needs root); the RLIMIT_FSIZE test covers it");
    const QString path = m_dir->filePath(QStringLiteral("seed.yaml"));
    QString error;
    QVERIFY2(saveSeedFile(stateWithUsers(3), path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    QVERIFY(before.contains("user-2"));

    const DirectoryState big = stateWithUsers(2000); // far more than the 64 KiB disk holds
    QVERIFY(writeSeed(big).size() > 128 * 1024);
    QVERIFY(!saveSeedFile(big, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QCOMPARE(filesOnDisk(), QStringList{QStringLiteral("seed.yaml")}); // no temporary left
    QVERIFY(loadSeedFile(path).ok);
}

void TestRobustnessAtomicSave::readOnlyDisk_leavesThePreviousFileIntact()
{
    if (!mountSmallDisk(1024 * 1024))
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QString path = m_dir->filePath(QStringLiteral("seed.yaml"));
    QString error;
    QVERIFY2(saveSeedFile(stateWithUsers(3), path, &error), qPrintable(error));
    const QByteArray before = readAll(path);
    QCOMPARE(::mount(nullptr, QFile::encodeName(m_dir->path()).constData(), nullptr,
                     MS_REMOUNT | MS_RDONLY, nullptr),
             0);
    QVERIFY(!saveSeedFile(stateWithUsers(5), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QCOMPARE(filesOnDisk(), QStringList{QStringLiteral("seed.yaml")});
}

QTEST_GUILESS_MAIN(TestRobustnessAtomicSave)
#include "test_robustness_atomic_save.moc"
