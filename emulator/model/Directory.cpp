#include "Directory.h"

#include "Defaults.h"
#include "DirectoryIndex.h"
#include "DirectoryLookup.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QReadLocker>
#include <QThread>
#include <QWriteLocker>

namespace foundry {
using detail::fail;
using detail::lookup;

Directory::Directory(QObject *parent) : Directory(DirectoryState::withDefaults(), parent) {}

Directory::Directory(DirectoryState state, QObject *parent)
    : QObject(parent), m_data(std::make_unique<DirectoryIndex>(std::move(state)))
{
    qRegisterMetaType<foundry::DirectoryChanges>();
}

Directory::~Directory() = default;

DirectoryState Directory::state() const
{
    QReadLocker locker(&m_lock);
    return m_data->data;
}

void Directory::resetState(DirectoryState state)
{
    auto fresh = std::make_unique<DirectoryIndex>(std::move(state));
    QWriteLocker locker(&m_lock);
    m_data.swap(fresh);
    recordChange(EntityKind::All, ChangeType::Reset, {});
    locker.unlock();
    fresh.reset(); // the old data is freed outside the lock
}

quint64 Directory::revision() const
{
    QReadLocker locker(&m_lock);
    return m_revision;
}

void Directory::setNotificationDelay(int milliseconds)
{
    QMutexLocker locker(&m_pendingMutex);
    m_notificationDelayMs = qMax(0, milliseconds);
}

void Directory::recordChange(EntityKind kind, ChangeType type, const QString &id)
{
    ++m_revision;
    QMutexLocker locker(&m_pendingMutex);
    const DirectoryChange change{kind, type, id};
    // Repeated updates of one entity within a batch say nothing new.
    if (type == ChangeType::Updated && m_pending.contains(change))
        return;
    m_pending.append(change);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        locker.unlock();
        scheduleFlush();
    }
}

void Directory::scheduleFlush()
{
    // Runs the flush in the Directory's own thread whichever thread changed it, so receivers
    // see batches in order and never while a writer holds the lock.
    const int delay = [this] {
        QMutexLocker locker(&m_pendingMutex);
        return m_notificationDelayMs;
    }();
    QMetaObject::invokeMethod(
        this,
        [this, delay] {
            if (delay == 0)
                flushChanges();
            else
                QTimer::singleShot(delay, this, &Directory::flushChanges);
        },
        Qt::QueuedConnection);
}

void Directory::flushChanges()
{
    DirectoryChanges batch;
    {
        QMutexLocker locker(&m_pendingMutex);
        batch.swap(m_pending);
        m_flushScheduled = false;
    }
    if (!batch.isEmpty())
        Q_EMIT changed(batch);
}

// --- settings ---------------------------------------------------------------------------------

int Directory::tokenLifetimeSeconds() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.tokenLifetimeSeconds;
}

void Directory::setTokenLifetimeSeconds(int seconds)
{
    QWriteLocker locker(&m_lock);
    if (m_data->data.tokenLifetimeSeconds == seconds)
        return;
    m_data->data.tokenLifetimeSeconds = seconds;
    recordChange(EntityKind::Enrollment, ChangeType::Updated, {});
}

std::optional<int> Directory::port() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.port;
}

Enrollment Directory::enrollment() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.enrollment;
}

QStringList Directory::hosts() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.hosts;
}

void Directory::setHosts(const QStringList &hosts)
{
    QWriteLocker locker(&m_lock);
    if (m_data->data.hosts == hosts)
        return;
    m_data->data.hosts = hosts;
    recordChange(EntityKind::Enrollment, ChangeType::Updated, {});
}

// --- users ------------------------------------------------------------------------------------

QList<User> Directory::users() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.users;
}

int Directory::userCount() const
{
    QReadLocker locker(&m_lock);
    return int(m_data->data.users.size());
}

std::optional<User> Directory::userById(const QString &id) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->userById, m_data->data.users, id);
}

std::optional<User> Directory::userByUsername(const QString &username) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->userByUsername, m_data->data.users, username);
}

std::optional<User> Directory::userByOAuthClientId(const QString &clientId) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->userByClientId, m_data->data.users, clientId);
}

bool Directory::addUser(User user, QString *error, User *stored)
{
    if (user.username.isEmpty())
        return fail(error, tr("A username is required."));
    if (user.id.isEmpty())
        user.id = newUuid();
    QWriteLocker locker(&m_lock);
    if (m_data->userByUsername.contains(user.username))
        return fail(error, tr("A user named \"%1\" already exists.").arg(user.username));
    if (m_data->userById.contains(user.id))
        return fail(error, tr("A user with id %1 already exists.").arg(user.id));
    m_data->data.users.append(user);
    const qsizetype row = m_data->data.users.size() - 1;
    m_data->userById.insert(user.id, row);
    m_data->userByUsername.insert(user.username, row);
    if (!user.oauthClientId.isEmpty() && !m_data->userByClientId.contains(user.oauthClientId))
        m_data->userByClientId.insert(user.oauthClientId, row);
    recordChange(EntityKind::User, ChangeType::Added, user.id);
    if (stored)
        *stored = user;
    return true;
}

bool Directory::updateUser(const User &user, QString *error)
{
    if (user.username.isEmpty())
        return fail(error, tr("A username is required."));
    QWriteLocker locker(&m_lock);
    const auto row = m_data->userById.value(user.id, -1);
    if (row < 0)
        return fail(error, tr("No user has id %1.").arg(user.id));
    const qsizetype owner = m_data->userByUsername.value(user.username, row);
    if (owner != row)
        return fail(error, tr("A user named \"%1\" already exists.").arg(user.username));
    User &current = m_data->data.users[row];
    if (current == user)
        return true;
    const bool keysChanged =
        current.username != user.username || current.oauthClientId != user.oauthClientId;
    current = user;
    if (keysChanged)
        m_data->reindexUsers();
    recordChange(EntityKind::User, ChangeType::Updated, user.id);
    return true;
}

bool Directory::setUserActive(const QString &id, bool active)
{
    QWriteLocker locker(&m_lock);
    const auto row = m_data->userById.value(id, -1);
    if (row < 0)
        return false;
    User &user = m_data->data.users[row];
    if (user.active != active) {
        user.active = active;
        recordChange(EntityKind::User, ChangeType::Updated, id);
    }
    return true;
}

bool Directory::removeUser(const QString &id)
{
    QWriteLocker locker(&m_lock);
    const auto row = m_data->userById.value(id, -1);
    if (row < 0)
        return false;
    m_data->data.users.removeAt(row);
    m_data->reindexUsers();
    const PrincipalRef principal{PrincipalKind::User, id};
    for (const QString &groupId : m_data->removeMembershipsOf(principal))
        recordChange(EntityKind::Group, ChangeType::Updated, groupId);
    for (const QString &key : m_data->removeRoleAssignmentsOf(principal))
        recordChange(EntityKind::RoleAssignment, ChangeType::Removed, key);
    recordChange(EntityKind::User, ChangeType::Removed, id);
    return true;
}

// --- groups -----------------------------------------------------------------------------------

QList<Group> Directory::groups() const
{
    QReadLocker locker(&m_lock);
    return m_data->data.groups;
}

std::optional<Group> Directory::groupById(const QString &id) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->groupById, m_data->data.groups, id);
}

std::optional<Group> Directory::groupByName(const QString &name) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_data->groupByName, m_data->data.groups, name);
}

bool Directory::addGroup(Group group, QString *error, Group *stored)
{
    if (group.name.isEmpty())
        return fail(error, tr("A group name is required."));
    if (group.id.isEmpty())
        group.id = newUuid();
    QWriteLocker locker(&m_lock);
    if (m_data->groupByName.contains(group.name))
        return fail(error, tr("A group named \"%1\" already exists.").arg(group.name));
    if (m_data->groupById.contains(group.id))
        return fail(error, tr("A group with id %1 already exists.").arg(group.id));
    m_data->data.groups.append(group);
    m_data->reindexGroups();
    recordChange(EntityKind::Group, ChangeType::Added, group.id);
    if (stored)
        *stored = group;
    return true;
}

bool Directory::updateGroup(const Group &group, QString *error)
{
    if (group.name.isEmpty())
        return fail(error, tr("A group name is required."));
    QWriteLocker locker(&m_lock);
    const auto row = m_data->groupById.value(group.id, -1);
    if (row < 0)
        return fail(error, tr("No group has id %1.").arg(group.id));
    if (m_data->groupByName.value(group.name, row) != row)
        return fail(error, tr("A group named \"%1\" already exists.").arg(group.name));
    if (m_data->data.groups.at(row) == group)
        return true;
    m_data->data.groups[row] = group;
    m_data->reindexGroups();
    recordChange(EntityKind::Group, ChangeType::Updated, group.id);
    return true;
}

bool Directory::removeGroup(const QString &id)
{
    QWriteLocker locker(&m_lock);
    const auto row = m_data->groupById.value(id, -1);
    if (row < 0)
        return false;
    m_data->data.groups.removeAt(row);
    m_data->reindexGroups();
    const PrincipalRef principal{PrincipalKind::Group, id};
    for (const QString &groupId : m_data->removeMembershipsOf(principal))
        recordChange(EntityKind::Group, ChangeType::Updated, groupId);
    for (const QString &key : m_data->removeRoleAssignmentsOf(principal))
        recordChange(EntityKind::RoleAssignment, ChangeType::Removed, key);
    recordChange(EntityKind::Group, ChangeType::Removed, id);
    return true;
}

} // namespace foundry
