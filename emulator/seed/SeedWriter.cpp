#include "SeedWriter.h"

#include "SeedFields.h"
#include "SeedKeys.h"
#include "YamlScalars.h"

#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace foundry {

namespace {

QByteArray emitSeed(const DirectoryState &state, QString *error)
{
    const seed::WriteContext context(state);
    YAML::Emitter out;
    out.SetIndent(2);
    seed::writeMapping(out, seed::documentFields(context), state.topLevelExtras,
                       seed::keys::topLevel());
    if (!out.good()) {
        if (error)
            *error =
                QStringLiteral("cannot write the seed: ") % seed::toQString(out.GetLastError());
        return {};
    }
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

} // namespace

QByteArray writeSeed(const DirectoryState &state)
{
    return emitSeed(state, nullptr);
}

bool saveSeedFile(const DirectoryState &state, const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString emitError;
    const QByteArray text = emitSeed(state, &emitError);
    if (text.isEmpty())
        return fail(emitError);
    // QSaveFile writes a temporary file next to `path` and renames it over `path` only when
    // everything was written, so a failed save never leaves a truncated seed behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot save to ") % path % QStringLiteral(": ") %
                    file.errorString());
    // flush() before commit(): Qt 6.4's commit() does not notice a short write made while it
    // flushes its buffer (disk full, file size limit) and would rename a truncated file.
    if (file.write(text) != text.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(QStringLiteral("cannot save to ") % path % QStringLiteral(": ") % reason);
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot save to ") % path % QStringLiteral(": ") %
                    file.errorString());
    return true;
}

} // namespace foundry
