#include "Directory.h"

#include "Defaults.h"
#include "DirectoryAccess.h"
#include "DirectoryLookup.h"

#include <QThread>

namespace foundry {
using detail::fail;
using detail::lookup;

namespace {

QString pendingUpdateKey(const DirectoryChange &change)
{
    return QString::number(int(change.kind)) + u':' + change.id;
}

} // namespace

Directory::Directory(QObject *parent) : Directory(DirectoryState::withDefaults(), parent) {}

Directory::Directory(DirectoryState state, QObject *parent)
    : QObject(parent), m_data(std::make_unique<DirectoryIndex>(std::move(state)))
{
    qRegisterMetaType<foundry::DirectoryChanges>();
    // Runs the flush in the Directory's own thread whichever thread changed it, so receivers
    // see batches in order and never while a writer holds the lock.
    connect(this, &Directory::flushWanted, this, &Directory::startFlush, Qt::QueuedConnection);
}

Directory::~Directory() = default;

DirectoryState Directory::state() const
{
    return read([](const DirectoryIndex &d) { return d.data; });
}

void Directory::resetState(DirectoryState state)
{
    write([&state](DirectoryIndex &next, DirectoryChanges &changes) {
        next = DirectoryIndex(std::move(state));
        changes.append({EntityKind::All, ChangeType::Reset, {}});
        return true;
    });
}

quint64 Directory::revision() const
{
    std::shared_lock locker(m_lock);
    return m_revision;
}

void Directory::setNotificationDelay(int milliseconds)
{
    std::lock_guard locker(m_pendingMutex);
    m_notificationDelayMs = qMax(0, milliseconds);
}

// --- the write path ---------------------------------------------------------------------------

const DirectoryIndex *Directory::draftOfThisThread() const
{
    // Only the batch's own thread can find its id here, and only that thread touches m_draft.
    if (m_draftThread.load(std::memory_order_relaxed) != QThread::currentThreadId())
        return nullptr;
    return m_draft.get();
}

bool Directory::write(const Edit &edit)
{
    std::lock_guard writer(m_writeMutex);
    if (m_draft)
        return edit(*m_draft, m_draftChanges);
    // m_data is read here without the read lock: only a writer replaces it, and this is the one.
    auto next = std::make_unique<DirectoryIndex>(*m_data);
    DirectoryChanges changes;
    const bool result = edit(*next, changes);
    if (!changes.isEmpty())
        publish(std::move(next), changes);
    return result;
}

void Directory::batch(const std::function<void()> &edits)
{
    std::lock_guard writer(m_writeMutex);
    if (m_draft) { // nested: part of the outer batch
        edits();
        return;
    }
    m_draft = std::make_unique<DirectoryIndex>(*m_data);
    m_draftThread.store(QThread::currentThreadId(), std::memory_order_relaxed);
    edits();
    m_draftThread.store(nullptr, std::memory_order_relaxed);
    std::unique_ptr<DirectoryIndex> next = std::move(m_draft);
    DirectoryChanges changes;
    changes.swap(m_draftChanges);
    if (!changes.isEmpty())
        publish(std::move(next), changes);
}

void Directory::publish(std::unique_ptr<DirectoryIndex> next, const DirectoryChanges &changes)
{
    std::unique_ptr<const DirectoryIndex> previous(std::move(next));
    {
        std::lock_guard locker(m_lock);
        m_data.swap(previous);
        m_revision += quint64(changes.size());
    }
    previous.reset(); // the old data is freed outside the lock
    queueChanges(changes);
}

void Directory::queueChanges(const DirectoryChanges &changes)
{
    std::unique_lock locker(m_pendingMutex);
    for (const DirectoryChange &change : changes) {
        // Repeated updates of one entity within a batch say nothing new.
        if (change.type == ChangeType::Updated) {
            const QString key = pendingUpdateKey(change);
            if (m_pendingUpdates.contains(key))
                continue;
            m_pendingUpdates.insert(key);
        }
        m_pending.append(change);
    }
    if (!m_flushScheduled && !m_pending.isEmpty()) {
        m_flushScheduled = true;
        locker.unlock();
        Q_EMIT flushWanted(QPrivateSignal());
    }
}

void Directory::startFlush()
{
    const int delay = [this] {
        std::lock_guard locker(m_pendingMutex);
        return m_notificationDelayMs;
    }();
    if (delay == 0)
        flushChanges();
    else
        QTimer::singleShot(delay, this, &Directory::flushChanges);
}

void Directory::flushChanges()
{
    DirectoryChanges batch;
    {
        std::lock_guard locker(m_pendingMutex);
        batch.swap(m_pending);
        m_pendingUpdates.clear();
        m_flushScheduled = false;
    }
    if (!batch.isEmpty())
        Q_EMIT changed(batch);
}

// --- settings ---------------------------------------------------------------------------------

int Directory::tokenLifetimeSeconds() const
{
    return read([](const DirectoryIndex &d) { return d.data.tokenLifetimeSeconds; });
}

void Directory::setTokenLifetimeSeconds(int seconds)
{
    write([seconds](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.data.tokenLifetimeSeconds == seconds)
            return true;
        next.data.tokenLifetimeSeconds = seconds;
        changes.append({EntityKind::Enrollment, ChangeType::Updated, {}});
        return true;
    });
}

std::optional<int> Directory::port() const
{
    return read([](const DirectoryIndex &d) { return d.data.port; });
}

Enrollment Directory::enrollment() const
{
    return read([](const DirectoryIndex &d) { return d.data.enrollment; });
}

QStringList Directory::hosts() const
{
    return read([](const DirectoryIndex &d) { return d.data.hosts; });
}

void Directory::setHosts(const QStringList &hosts)
{
    write([&hosts](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.data.hosts == hosts)
            return true;
        next.data.hosts = hosts;
        changes.append({EntityKind::Enrollment, ChangeType::Updated, {}});
        return true;
    });
}

// --- users ------------------------------------------------------------------------------------

QList<User> Directory::users() const
{
    return read([](const DirectoryIndex &d) { return d.data.users; });
}

int Directory::userCount() const
{
    return read([](const DirectoryIndex &d) { return int(d.data.users.size()); });
}

std::optional<User> Directory::userById(const QString &id) const
{
    return read([&id](const DirectoryIndex &d) { return lookup(d.userById, d.data.users, id); });
}

std::optional<User> Directory::userByUsername(const QString &username) const
{
    return read([&username](const DirectoryIndex &d) {
        return lookup(d.userByUsername, d.data.users, username);
    });
}

std::optional<User> Directory::userByOAuthClientId(const QString &clientId) const
{
    return read([&clientId](const DirectoryIndex &d) {
        return lookup(d.userByClientId, d.data.users, clientId);
    });
}

bool Directory::addUser(User user, QString *error, User *stored)
{
    if (user.username.isEmpty())
        return fail(error, tr("A username is required."));
    if (user.id.isEmpty())
        user.id = newUuid();
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.userByUsername.contains(user.username))
            return fail(error, tr("A user named \"%1\" already exists.").arg(user.username));
        if (next.userById.contains(user.id))
            return fail(error, tr("A user with id %1 already exists.").arg(user.id));
        next.data.users.append(user);
        const qsizetype row = next.data.users.size() - 1;
        next.userById.insert(user.id, row);
        next.userByUsername.insert(user.username, row);
        if (!user.oauthClientId.isEmpty() && !next.userByClientId.contains(user.oauthClientId))
            next.userByClientId.insert(user.oauthClientId, row);
        changes.append({EntityKind::User, ChangeType::Added, user.id});
        if (stored)
            *stored = user;
        return true;
    });
}

bool Directory::updateUser(const User &user, QString *error)
{
    if (user.username.isEmpty())
        return fail(error, tr("A username is required."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.userById.value(user.id, -1);
        if (row < 0)
            return fail(error, tr("No user has id %1.").arg(user.id));
        const qsizetype owner = next.userByUsername.value(user.username, row);
        if (owner != row)
            return fail(error, tr("A user named \"%1\" already exists.").arg(user.username));
        const User &current = std::as_const(next.data.users).at(row);
        if (current == user)
            return true;
        const bool keysChanged =
            current.username != user.username || current.oauthClientId != user.oauthClientId;
        next.data.users[row] = user;
        if (keysChanged)
            next.reindexUsers();
        changes.append({EntityKind::User, ChangeType::Updated, user.id});
        return true;
    });
}

bool Directory::setUserActive(const QString &id, bool active)
{
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.userById.value(id, -1);
        if (row < 0)
            return false;
        if (std::as_const(next.data.users).at(row).active != active) {
            next.data.users[row].active = active;
            changes.append({EntityKind::User, ChangeType::Updated, id});
        }
        return true;
    });
}

bool Directory::removeUser(const QString &id)
{
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.userById.value(id, -1);
        if (row < 0)
            return false;
        next.data.users.removeAt(row);
        next.reindexUsers();
        const PrincipalRef principal{PrincipalKind::User, id};
        for (const QString &groupId : next.removeMembershipsOf(principal))
            changes.append({EntityKind::Group, ChangeType::Updated, groupId});
        for (const QString &key : next.removeRoleAssignmentsOf(principal))
            changes.append({EntityKind::RoleAssignment, ChangeType::Removed, key});
        changes.append({EntityKind::User, ChangeType::Removed, id});
        return true;
    });
}

// --- groups -----------------------------------------------------------------------------------

QList<Group> Directory::groups() const
{
    return read([](const DirectoryIndex &d) { return d.data.groups; });
}

std::optional<Group> Directory::groupById(const QString &id) const
{
    return read([&id](const DirectoryIndex &d) { return lookup(d.groupById, d.data.groups, id); });
}

std::optional<Group> Directory::groupByName(const QString &name) const
{
    return read(
        [&name](const DirectoryIndex &d) { return lookup(d.groupByName, d.data.groups, name); });
}

bool Directory::addGroup(Group group, QString *error, Group *stored)
{
    if (group.name.isEmpty())
        return fail(error, tr("A group name is required."));
    if (group.id.isEmpty())
        group.id = newUuid();
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        if (next.groupByName.contains(group.name))
            return fail(error, tr("A group named \"%1\" already exists.").arg(group.name));
        if (next.groupById.contains(group.id))
            return fail(error, tr("A group with id %1 already exists.").arg(group.id));
        next.data.groups.append(group);
        next.reindexGroups();
        changes.append({EntityKind::Group, ChangeType::Added, group.id});
        if (stored)
            *stored = group;
        return true;
    });
}

bool Directory::updateGroup(const Group &group, QString *error)
{
    if (group.name.isEmpty())
        return fail(error, tr("A group name is required."));
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.groupById.value(group.id, -1);
        if (row < 0)
            return fail(error, tr("No group has id %1.").arg(group.id));
        if (next.groupByName.value(group.name, row) != row)
            return fail(error, tr("A group named \"%1\" already exists.").arg(group.name));
        if (std::as_const(next.data.groups).at(row) == group)
            return true;
        next.data.groups[row] = group;
        next.reindexGroups();
        changes.append({EntityKind::Group, ChangeType::Updated, group.id});
        return true;
    });
}

bool Directory::removeGroup(const QString &id)
{
    return write([&](DirectoryIndex &next, DirectoryChanges &changes) {
        const auto row = next.groupById.value(id, -1);
        if (row < 0)
            return false;
        next.data.groups.removeAt(row);
        next.reindexGroups();
        const PrincipalRef principal{PrincipalKind::Group, id};
        for (const QString &groupId : next.removeMembershipsOf(principal))
            changes.append({EntityKind::Group, ChangeType::Updated, groupId});
        for (const QString &key : next.removeRoleAssignmentsOf(principal))
            changes.append({EntityKind::RoleAssignment, ChangeType::Removed, key});
        changes.append({EntityKind::Group, ChangeType::Removed, id});
        return true;
    });
}

} // namespace foundry
