#include "TokenTableModel.h"

#include "Directory.h"
#include "TokenStore.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <limits>

namespace foundry::ui {
namespace {
constexpr int kPollMsecs = 100;
constexpr int kExpiryTicks = 10; // re-read once a second even when nothing was issued: expiry

QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool sameSummary(const auth::TokenSummary &a, const auth::TokenSummary &b)
{
    return a.serial == b.serial && a.state == b.state && a.userId == b.userId &&
           a.expiresAtMsecs == b.expiresAtMsecs && a.scopes == b.scopes;
}
} // namespace

TokenTableModel::TokenTableModel(auth::TokenStore *store, Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_directory(directory)
{
    m_poll.setInterval(kPollMsecs);
    connect(&m_poll, &QTimer::timeout, this, &TokenTableModel::poll);
    m_poll.start();
    refresh();
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::principalName(const QString &userId) const
{
    const std::optional<User> user = m_directory->userById(userId);
    return user ? user->username : userId;
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auth::TokenSummary &token = m_rows.at(index.row());
    if (role == SerialRole)
        return QVariant::fromValue(token.serial);
    if (role == StateRole)
        return int(token.state);
    if (role == Qt::ToolTipRole && index.column() == PrincipalColumn)
        return token.userId;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return token.kind == auth::TokenKind::Access ? tr("access") : tr("refresh");
    case TokenColumn:
        return token.maskedToken;
    case PrincipalColumn:
        return principalName(token.userId);
    case ClientColumn:
        return token.clientId;
    case ScopesColumn:
        return token.scopes.join(u' ');
    case IssuedColumn:
        return role == Qt::EditRole ? QVariant(token.issuedAtMsecs)
                                    : QVariant(timeText(token.issuedAtMsecs));
    case ExpiresColumn:
        if (!token.expiresAtMsecs)
            return role == Qt::EditRole ? QVariant(std::numeric_limits<qint64>::max())
                                        : QVariant(tr("never"));
        return role == Qt::EditRole ? QVariant(*token.expiresAtMsecs)
                                    : QVariant(timeText(*token.expiresAtMsecs));
    case StateColumn:
        return auth::tokenStateName(token.state);
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TokenColumn:
        return tr("Token");
    case PrincipalColumn:
        return tr("Principal");
    case ClientColumn:
        return tr("Client");
    case ScopesColumn:
        return tr("Scopes");
    case IssuedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    }
    return {};
}

int TokenTableModel::rowOfSerial(quint64 serial) const
{
    // Rows are in issue order, so serials are sorted.
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), serial,
        [](const auth::TokenSummary &row, quint64 value) { return row.serial < value; });
    return it != m_rows.cend() && it->serial == serial ? int(it - m_rows.cbegin()) : -1;
}

bool TokenTableModel::revoke(quint64 serial)
{
    const bool revoked = m_store->revokeBySerial(serial);
    refresh();
    return revoked;
}

std::optional<QString> TokenTableModel::revealToken(quint64 serial) const
{
    return m_store->revealToken(serial);
}

void TokenTableModel::poll()
{
    if (m_store->revision() != m_seenRevision || ++m_ticksSinceRefresh >= kExpiryTicks)
        refresh();
}

void TokenTableModel::refresh()
{
    m_ticksSinceRefresh = 0;
    m_seenRevision = m_store->revision();
    const QList<auth::TokenSummary> next = m_store->snapshot();
    QSet<quint64> present;
    present.reserve(next.size());
    for (const auth::TokenSummary &token : next)
        present.insert(token.serial);

    // Purged tokens leave from anywhere; new ones only ever arrive after the last (issue order).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (present.contains(m_rows.at(row).serial))
            continue;
        int first = row;
        while (first > 0 && !present.contains(m_rows.at(first - 1).serial))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    qsizetype at = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        while (at < next.size() && next.at(at).serial < m_rows.at(row).serial)
            ++at; // cannot happen in issue order; skipped rather than shown out of place
        if (at < next.size() && !sameSummary(m_rows.at(row), next.at(at))) {
            m_rows[row] = next.at(at);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        ++at;
    }
    const quint64 last = m_rows.isEmpty() ? 0 : m_rows.constLast().serial;
    QList<auth::TokenSummary> added;
    for (const auth::TokenSummary &token : next) {
        if (token.serial > last)
            added.append(token);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    m_rows.append(added);
    endInsertRows();
}

} // namespace foundry::ui
