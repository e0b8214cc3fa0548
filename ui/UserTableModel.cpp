#include "UserTableModel.h"

#include "Directory.h"

#include <QApplication>
#include <QPalette>

namespace foundry::ui {
namespace {
constexpr qint64 kHighlightMs = 2000;
constexpr int kFadeIntervalMs = 80;
} // namespace

UserTableModel::UserTableModel(Directory *directory, PrincipalType type, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory), m_type(type)
{
    m_clock.start();
    m_fadeTimer.setInterval(kFadeIntervalMs);
    connect(&m_fadeTimer, &QTimer::timeout, this, &UserTableModel::fadeStep);
    connect(m_directory, &Directory::changed, this, &UserTableModel::applyChanges);
    reloadOrganizations();
    reloadGroups();
    readRows();
}

UserTableModel::Row::Row(const User &value)
    : user(value),
      searchKey(QString(user.username % QLatin1Char('\n') % user.displayName % QLatin1Char('\n') %
                        user.givenName % QLatin1Char('\n') % user.familyName % QLatin1Char('\n') %
                        user.email % QLatin1Char('\n') % user.oauthClientId)
                    .toCaseFolded())
{
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_rows.at(index.row()).user;
    const auto text = [&] { return cellText(user, index.column()); };
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Active ? QVariant() : QVariant(text());
    case Qt::ToolTipRole:
        if (index.column() == Active)
            return user.active ? tr("Active: can sign in and use its tokens")
                               : tr("Inactive: sign-in and its tokens are refused");
        return text();
    case Qt::CheckStateRole:
        if (index.column() == Active)
            return user.active ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole: {
        const qreal strength = highlightStrength(user.id);
        if (strength <= 0)
            return {};
        QColor color = QApplication::palette().color(QPalette::Highlight);
        color.setAlphaF(0.45 * strength);
        return color;
    }
    case IdRole:
        return user.id;
    case ActiveRole:
        return user.active;
    case SortRole:
        return index.column() == Active ? QVariant(user.active ? 1 : 0)
                                        : QVariant(sortKey(user, index.column()));
    case SearchTextRole:
        return m_rows.at(index.row()).searchKey;
    default:
        return {};
    }
}

QString UserTableModel::cellText(const User &user, int column) const
{
    switch (column) {
    case Username:
        return user.username;
    case DisplayName:
        return user.effectiveDisplayName();
    case Contact:
        return m_type == PrincipalType::Service ? user.oauthClientId : user.email;
    case Organization:
        return m_organizationNames.value(user.organizationRid, user.organizationRid);
    case Realm:
        return user.realm;
    case Groups:
        return m_groupNames.value(user.id);
    default:
        return {};
    }
}

const RowOrder &UserTableModel::buildSortOrder(int column) const
{
    QList<QString> keys;
    keys.reserve(m_rows.size());
    for (const Row &row : m_rows)
        keys.append(sortKey(row.user, column));
    RowOrder &order = m_sortOrders.at(column).emplace();
    order.assign(keys);
    return order;
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Active:
        return tr("Active");
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Display name");
    case Contact:
        return m_type == PrincipalType::Service ? tr("Client") : tr("Email");
    case Organization:
        return tr("Organization");
    case Realm:
        return tr("Realm");
    case Groups:
        return tr("Groups");
    default:
        return {};
    }
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Active)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool UserTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Active ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool active = value.value<Qt::CheckState>() == Qt::Checked;
    const User &user = m_rows.at(index.row()).user;
    if (user.active != active)
        Q_EMIT activeToggleRequested(user.id, active);
    return true;
}

void UserTableModel::highlight(const DirectoryChanges &changes)
{
    for (const DirectoryChange &change : changes) {
        if (change.kind != EntityKind::User || change.type == ChangeType::Removed)
            continue;
        m_highlightStart.insert(change.id, m_clock.elapsed());
        const int row = rowOf(change.id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
    }
    if (!m_highlightStart.isEmpty() && !m_fadeTimer.isActive())
        m_fadeTimer.start();
}

void UserTableModel::applyChanges(const DirectoryChanges &changes)
{
    const int before = rowCount();
    for (const DirectoryChange &change : changes) {
        if (change.kind == EntityKind::All) {
            reload();
            continue;
        }
        if (change.kind == EntityKind::Organization) {
            reloadOrganizations();
            m_sortOrders.at(Organization).reset(); // rebuilt when the proxy re-sorts
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, Organization), index(rowCount() - 1, Organization),
                                   {Qt::DisplayRole});
            continue;
        }
        if (change.kind == EntityKind::Group) {
            reloadGroups();
            m_sortOrders.at(Groups).reset();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, Groups), index(rowCount() - 1, Groups),
                                   {Qt::DisplayRole});
            continue;
        }
        if (change.kind == EntityKind::User)
            syncUser(change.id); // the Directory's current value decides, whatever the type
    }
    if (rowCount() != before)
        Q_EMIT countChanged(rowCount());
}

void UserTableModel::syncUser(const QString &id)
{
    const std::optional<User> current = m_directory->userById(id);
    const bool belongs = current && current->principalType == m_type;
    const int row = rowOf(id);
    if (belongs && row >= 0) {
        if (m_rows.at(row).user != *current) {
            // Before dataChanged: the proxy re-sorts the row at once.
            m_rows[row] = Row(*current);
            for (int column = 0; column < ColumnCount; ++column) {
                if (m_sortOrders.at(column))
                    m_sortOrders.at(column)->replace(row, sortKey(*current, column));
            }
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else if (belongs) {
        const int newRow = int(m_rows.size());
        beginInsertRows({}, newRow, newRow);
        m_rows.append(Row(*current));
        for (int column = 0; column < ColumnCount; ++column) {
            if (m_sortOrders.at(column))
                m_sortOrders.at(column)->append(sortKey(*current, column));
        }
        m_rowById.insert(id, newRow);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        for (std::optional<RowOrder> &order : m_sortOrders) {
            if (order)
                order->remove(row);
        }
        m_rowById.remove(id);
        reindexFrom(row);
        endRemoveRows();
    }
}

void UserTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    readRows();
    reloadOrganizations();
    reloadGroups();
    m_highlightStart.clear();
    endResetModel();
}

void UserTableModel::readRows()
{
    const QList<User> all = m_directory->users();
    for (const User &user : all) {
        if (user.principalType == m_type)
            m_rows.append(Row(user));
    }
    for (std::optional<RowOrder> &order : m_sortOrders)
        order.reset();
    reindexFrom(0);
}

void UserTableModel::reloadOrganizations()
{
    m_organizationNames.clear();
    const QList<foundry::Organization> organizations = m_directory->organizations();
    for (const foundry::Organization &organization : organizations)
        m_organizationNames.insert(organization.rid, organization.name);
}

void UserTableModel::reloadGroups()
{
    QHash<QString, QStringList> names;
    const QList<foundry::Group> groups = m_directory->groups();
    for (const foundry::Group &group : groups) {
        for (const PrincipalRef &member : group.members) {
            if (member.kind == PrincipalKind::User)
                names[member.id].append(group.name);
        }
    }
    m_groupNames.clear();
    for (auto it = names.begin(); it != names.end(); ++it) {
        it->sort(Qt::CaseInsensitive);
        m_groupNames.insert(it.key(), it->join(QStringLiteral(", ")));
    }
}

void UserTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).user.id, i);
}

qreal UserTableModel::highlightStrength(const QString &id) const
{
    const auto it = m_highlightStart.constFind(id);
    if (it == m_highlightStart.constEnd())
        return 0;
    const qint64 age = m_clock.elapsed() - *it;
    return age >= kHighlightMs ? 0 : 1.0 - qreal(age) / kHighlightMs;
}

void UserTableModel::fadeStep()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_highlightStart.begin(); it != m_highlightStart.end();) {
        const int row = rowOf(it.key());
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
        if (now - *it >= kHighlightMs)
            it = m_highlightStart.erase(it);
        else
            ++it;
    }
    if (m_highlightStart.isEmpty())
        m_fadeTimer.stop();
}

} // namespace foundry::ui
