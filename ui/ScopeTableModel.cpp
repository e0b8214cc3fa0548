#include "ScopeTableModel.h"

#include "Directory.h"

#include <QPalette>

namespace foundry::ui {
namespace {
using Kind = auth::ScopeCatalog::Kind;

QString kindName(const ScopeTableModel::Row &row)
{
    if (!row.known)
        return ScopeTableModel::tr("Not in the catalogue");
    switch (row.entry.kind) {
    case Kind::Api:
        return ScopeTableModel::tr("API");
    case Kind::Operation:
        return ScopeTableModel::tr("Admin operation");
    case Kind::Standard:
        return ScopeTableModel::tr("OAuth");
    }
    return {};
}
} // namespace

ScopeTableModel::ScopeTableModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    connect(m_directory, &Directory::changed, this, &ScopeTableModel::applyChanges);
    m_rows = buildRows(m_directory->oauthClients());
}

QList<ScopeTableModel::Row> ScopeTableModel::buildRows(const QList<OAuthClient> &clients)
{
    QList<Row> rows;
    QHash<QString, int> rowByName;
    for (const auth::ScopeCatalog::Entry &entry : auth::ScopeCatalog::entries()) {
        rowByName.insert(entry.name, int(rows.size()));
        rows.append({entry, true, {}, {}, {}});
    }
    const auto rowFor = [&](const QString &scope) -> Row & {
        auto it = rowByName.constFind(scope);
        if (it == rowByName.constEnd()) {
            it = rowByName.insert(scope, int(rows.size()));
            rows.append({{scope, tr("Granted as a plain string; unlocks nothing here"), Kind::Api},
                         false,
                         {},
                         {},
                         {}});
        }
        return rows[*it];
    };
    for (const OAuthClient &client : clients) {
        for (const QString &scope : client.allowedScopes)
            rowFor(scope).allowedBy.append(client.effectiveName());
        if (client.scopeRestrictions) {
            for (const QString &scope : *client.scopeRestrictions)
                rowFor(scope).restrictedTo.append(client.effectiveName());
        }
    }
    // Every client with restrictions drops the scopes its list does not name.
    for (const OAuthClient &client : clients) {
        if (!client.scopeRestrictions)
            continue;
        for (Row &row : rows) {
            if (!client.scopeRestrictions->contains(row.entry.name))
                row.filteredOutBy.append(client.effectiveName());
        }
    }
    return rows;
}

int ScopeTableModel::rowOf(const QString &scope) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.name == scope)
            return row;
    }
    return -1;
}

int ScopeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScopeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case Scope:
            return row.entry.name;
        case Kind:
            return kindName(row);
        case Unlocks:
            return row.entry.description;
        case AllowedBy:
            return row.allowedBy.join(QStringLiteral(", "));
        case RestrictedTo:
            return row.restrictedTo.join(QStringLiteral(", "));
        case FilteredOutBy:
            return row.filteredOutBy.join(QStringLiteral(", "));
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text();
    case Qt::ForegroundRole:
        if (!row.known)
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    case IdRole:
        return row.entry.name;
    case SortRole:
        // Catalogue order unless sorted by another column.
        return index.column() == Scope ? QVariant(index.row()) : QVariant(text().toCaseFolded());
    default:
        return {};
    }
}

QVariant ScopeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scope:
        return tr("Scope");
    case Kind:
        return tr("Kind");
    case Unlocks:
        return tr("Unlocks");
    case AllowedBy:
        return tr("Allowed by");
    case RestrictedTo:
        return tr("Kept by restrictions of");
    case FilteredOutBy:
        return tr("Filtered out by");
    default:
        return {};
    }
}

void ScopeTableModel::applyChanges(const DirectoryChanges &changes)
{
    for (const DirectoryChange &change : changes) {
        if (change.kind == EntityKind::OAuthClient || change.kind == EntityKind::All) {
            rebuild();
            return;
        }
    }
}

void ScopeTableModel::rebuild()
{
    QList<Row> rows = buildRows(m_directory->oauthClients());
    bool sameNames = rows.size() == m_rows.size();
    for (int i = 0; sameNames && i < rows.size(); ++i)
        sameNames = rows.at(i).entry.name == m_rows.at(i).entry.name;
    if (sameNames) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    const int before = rowCount();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (rowCount() != before)
        Q_EMIT countChanged(rowCount());
}

} // namespace foundry::ui
