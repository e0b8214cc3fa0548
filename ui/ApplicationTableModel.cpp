#include "ApplicationTableModel.h"

#include "Directory.h"
#include "RowHighlighter.h"

namespace foundry::ui {

ApplicationTableModel::ApplicationTableModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_highlighter(new RowHighlighter(this))
{
    connect(m_directory, &Directory::changed, this, &ApplicationTableModel::applyChanges);
    connect(m_highlighter, &RowHighlighter::fadeStep, this, &ApplicationTableModel::repaint);
    m_clients = m_directory->oauthClients();
    reindexFrom(0);
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationTableModel::typeText(const OAuthClient &client)
{
    const QString type = client.isConfidential() ? tr("Confidential") : tr("Public");
    return client.osdk ? tr("%1, OSDK").arg(type) : type;
}

QString ApplicationTableModel::grantsText(const QStringList &grants)
{
    QStringList names;
    for (const QString &grant : grants) {
        if (grant == grants::kAuthorizationCode)
            names.append(tr("code"));
        else if (grant == grants::kRefreshToken)
            names.append(tr("refresh"));
        else if (grant == grants::kClientCredentials)
            names.append(tr("client credentials"));
        else
            names.append(grant);
    }
    return names.join(QStringLiteral(", "));
}

QString ApplicationTableModel::restrictionsText(const OAuthClient &client)
{
    if (!client.scopeRestrictions)
        return tr("(unrestricted)");
    if (client.scopeRestrictions->isEmpty())
        return tr("(empty: tokens carry no scope)");
    return client.scopeRestrictions->join(QLatin1Char(' '));
}

QString ApplicationTableModel::text(const OAuthClient &client, int column) const
{
    switch (column) {
    case Name:
        return client.effectiveName();
    case ClientId:
        return client.clientId;
    case Type:
        return typeText(client);
    case Grants:
        return grantsText(client.grantTypes);
    case RedirectUris:
        return client.redirectUris.join(QStringLiteral(", "));
    case ScopeRestrictions:
        return restrictionsText(client);
    default:
        return {};
    }
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OAuthClient &client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Enabled ? QVariant() : QVariant(text(client, index.column()));
    case Qt::ToolTipRole:
        if (index.column() == Enabled)
            return client.enabled ? tr("Enabled: its tokens and sign-ins work")
                                  : tr("Disabled: every grant is refused");
        if (index.column() == RedirectUris)
            return client.redirectUris.join(QLatin1Char('\n'));
        return text(client, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Enabled)
            return client.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole: {
        const QColor color = m_highlighter->background(client.clientId);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case ClientIdRole:
        return client.clientId;
    case EnabledRole:
        return client.enabled;
    case SortRole:
        return index.column() == Enabled ? QVariant(client.enabled ? 1 : 0)
                                         : QVariant(text(client, index.column()).toCaseFolded());
    case SearchTextRole:
        return QString(client.name % QLatin1Char('\n') % client.clientId % QLatin1Char('\n') %
                       client.redirectUris.join(QLatin1Char('\n')))
            .toCaseFolded();
    default:
        return {};
    }
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Enabled:
        return tr("Enabled");
    case Name:
        return tr("Name");
    case ClientId:
        return tr("Client id");
    case Type:
        return tr("Type");
    case Grants:
        return tr("Grants");
    case RedirectUris:
        return tr("Redirect URIs");
    case ScopeRestrictions:
        return tr("Scope restrictions");
    default:
        return {};
    }
}

Qt::ItemFlags ApplicationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ApplicationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Enabled ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    const OAuthClient &client = m_clients.at(index.row());
    if (client.enabled != enabled)
        Q_EMIT enabledToggleRequested(client.clientId, enabled);
    return true;
}

void ApplicationTableModel::highlight(const DirectoryChanges &changes)
{
    QStringList ids;
    for (const DirectoryChange &change : changes) {
        if (change.kind != EntityKind::OAuthClient || change.type == ChangeType::Removed)
            continue;
        m_highlighter->highlight(change.id);
        ids.append(change.id);
    }
    repaint(ids);
}

void ApplicationTableModel::repaint(const QStringList &ids)
{
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
    }
}

void ApplicationTableModel::applyChanges(const DirectoryChanges &changes)
{
    for (const DirectoryChange &change : changes) {
        if (change.kind == EntityKind::All)
            reload();
        else if (change.kind == EntityKind::OAuthClient)
            sync(change.id); // the Directory's current value decides
    }
}

void ApplicationTableModel::sync(const QString &clientId)
{
    const std::optional<OAuthClient> current = m_directory->oauthClient(clientId);
    const int row = rowOf(clientId);
    if (current && row >= 0) {
        if (m_clients.at(row) != *current) {
            m_clients[row] = *current;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else if (current) {
        const int newRow = int(m_clients.size());
        beginInsertRows({}, newRow, newRow);
        m_clients.append(*current);
        m_rowById.insert(clientId, newRow);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_clients.removeAt(row);
        m_rowById.remove(clientId);
        reindexFrom(row);
        endRemoveRows();
    }
}

void ApplicationTableModel::reload()
{
    beginResetModel();
    m_clients = m_directory->oauthClients();
    m_rowById.clear();
    reindexFrom(0);
    m_highlighter->clear();
    endResetModel();
}

void ApplicationTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_clients.size(); ++i)
        m_rowById.insert(m_clients.at(i).clientId, i);
}

} // namespace foundry::ui
