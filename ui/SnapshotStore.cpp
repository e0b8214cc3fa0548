#include "SnapshotStore.h"

#include "SeedReader.h"
#include "SeedWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace foundry::ui {
namespace {
const QString kFormat = QStringLiteral("foundry-console-snapshots");
} // namespace

SnapshotStore::SnapshotStore(QObject *parent) : QObject(parent) {}

QString SnapshotStore::sidecarPathFor(const QString &seedPath)
{
    return seedPath.isEmpty() ? QString() : seedPath + QStringLiteral(".snapshots.json");
}

bool SnapshotStore::setSeedPath(const QString &seedPath, QString *error)
{
    const bool wasUntitled = m_sidecar.isEmpty();
    m_sidecar = sidecarPathFor(seedPath);
    if (wasUntitled && !m_sidecar.isEmpty() && !QFile::exists(m_sidecar)) {
        // An untitled document saved for the first time takes its snapshots along.
        Q_EMIT changed();
        return save(error);
    }
    m_snapshots.clear();
    const bool ok = m_sidecar.isEmpty() || load(error);
    Q_EMIT changed();
    return ok;
}

std::optional<SnapshotStore::Snapshot> SnapshotStore::find(const QString &name) const
{
    for (const Snapshot &snapshot : m_snapshots) {
        if (snapshot.name == name)
            return snapshot;
    }
    return std::nullopt;
}

bool SnapshotStore::take(const QString &name, const DirectoryState &state, QString *error)
{
    Snapshot snapshot{name, QDateTime::currentDateTime(), state};
    bool replaced = false;
    for (Snapshot &each : m_snapshots) {
        if (each.name == name) {
            each = snapshot;
            replaced = true;
        }
    }
    if (!replaced)
        m_snapshots.append(snapshot);
    Q_EMIT changed();
    return save(error);
}

bool SnapshotStore::remove(const QString &name, QString *error)
{
    const auto removed = m_snapshots.removeIf([&](const Snapshot &s) { return s.name == name; });
    if (removed == 0)
        return true;
    Q_EMIT changed();
    return save(error);
}

bool SnapshotStore::load(QString *error)
{
    QFile file(m_sidecar);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(m_sidecar, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error = tr("%1: not a snapshots file").arg(m_sidecar);
        return false;
    }
    QStringList bad;
    for (const QJsonValue &value : root.value(QStringLiteral("snapshots")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        const SeedLoadResult loaded =
            loadSeedText(entry.value(QStringLiteral("seed")).toString().toUtf8(), m_sidecar);
        if (name.isEmpty() || !loaded.ok) {
            bad.append(name.isEmpty() ? tr("(unnamed)") : name);
            continue;
        }
        m_snapshots.append(
            {name,
             QDateTime::fromString(entry.value(QStringLiteral("created")).toString(), Qt::ISODate),
             loaded.state});
    }
    if (!bad.isEmpty() && error)
        *error = tr("%1: skipped unreadable snapshots: %2").arg(m_sidecar, bad.join(u", "));
    return bad.isEmpty();
}

bool SnapshotStore::save(QString *error) const
{
    if (m_sidecar.isEmpty())
        return true; // untitled: in memory until the document has a file
    QJsonArray list;
    for (const Snapshot &snapshot : m_snapshots) {
        list.append(
            QJsonObject{{QStringLiteral("name"), snapshot.name},
                        {QStringLiteral("created"), snapshot.created.toString(Qt::ISODate)},
                        {QStringLiteral("seed"), QString::fromUtf8(writeSeed(snapshot.state))}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("snapshots"), list}};
    QSaveFile file(m_sidecar);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(m_sidecar, file.errorString());
        return false;
    }
    return true;
}

} // namespace foundry::ui
