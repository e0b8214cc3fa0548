#pragma once

#include "DirectoryChange.h"
#include "DirectoryState.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>

namespace foundry {

class DirectoryIndex;

// The one shared model that the HTTP routes and the console both read and change.
//
// Thread-safe: every reader copies the values it needs under a read lock (Qt's implicit sharing
// makes the copies cheap). A writer never changes the published data in place: it edits a copy
// and publishes the copy in one swap under the write lock. Qt's copy-on-write decides to write in
// place after a relaxed load of the reference count, which orders nothing after the reads another
// thread made through a copy it has just released; editing a copy that the published data still
// shares makes every such write a real copy. Writers take turns on a writer mutex, so readers
// only ever wait for the swap. Lookups by id, username, OAuth client id, group name and rid are
// O(1); a change costs a copy of the lists it touches.
//
// Changes are announced as values through changed(), batched: writers on any thread queue their
// changes and one signal per batch is emitted from the Directory's own thread, never while a lock
// is held. A GUI model connects to it and turns each change into row notifications.
class Directory final : public QObject
{
    Q_OBJECT

public:
    explicit Directory(QObject *parent = nullptr); // DirectoryState::withDefaults()
    explicit Directory(DirectoryState state, QObject *parent = nullptr);
    ~Directory() override;

    Directory(const Directory &) = delete;
    Directory &operator=(const Directory &) = delete;

    DirectoryState state() const;
    void resetState(DirectoryState state); // one Reset change
    // Increases with every change: lets a reader tell whether anything changed since it looked.
    quint64 revision() const;

    // How long changes are collected before changed() is emitted (default 50 ms; 0: at the next
    // turn of the event loop).
    void setNotificationDelay(int milliseconds);
    // Emits any pending changes now (tests, and before a save).
    void flushChanges();
    // Runs `edits` (any of the changing calls below) as one change: other threads see none of it
    // until it returns, then all of it, at the cost of one copy; the calling thread sees its own
    // edits as it goes. Batches may nest.
    void batch(const std::function<void()> &edits);

    // Settings and enrollment
    int tokenLifetimeSeconds() const;
    void setTokenLifetimeSeconds(int seconds);
    std::optional<int> port() const;
    Enrollment enrollment() const;
    QStringList hosts() const;
    void setHosts(const QStringList &hosts);

    // Users and service principals
    QList<User> users() const;
    int userCount() const;
    std::optional<User> userById(const QString &id) const;
    std::optional<User> userByUsername(const QString &username) const;
    std::optional<User> userByOAuthClientId(const QString &clientId) const;
    // Fails (with a message) on an empty or duplicate username or id. An empty id gets a new one;
    // the stored user is returned through `stored` when given.
    bool addUser(User user, QString *error = nullptr, User *stored = nullptr);
    bool updateUser(const User &user, QString *error = nullptr); // matched by id
    // Removes the user and every membership and role assignment that names it.
    bool removeUser(const QString &id);
    bool setUserActive(const QString &id, bool active);

    // Groups
    QList<Group> groups() const;
    std::optional<Group> groupById(const QString &id) const;
    std::optional<Group> groupByName(const QString &name) const;
    bool addGroup(Group group, QString *error = nullptr, Group *stored = nullptr);
    bool updateGroup(const Group &group, QString *error = nullptr);
    bool removeGroup(const QString &id);

    // Third-party applications
    QList<OAuthClient> oauthClients() const;
    int oauthClientCount() const;
    std::optional<OAuthClient> oauthClient(const QString &clientId) const;
    bool addOAuthClient(const OAuthClient &client, QString *error = nullptr);
    // `originalClientId` names the client to replace, so that its id can change.
    bool updateOAuthClient(const QString &originalClientId, const OAuthClient &client,
                           QString *error = nullptr);
    bool removeOAuthClient(const QString &clientId);

    // Organizations
    QList<Organization> organizations() const;
    std::optional<Organization> organization(const QString &rid) const;
    bool addOrganization(const Organization &organization, QString *error = nullptr);
    bool updateOrganization(const Organization &organization, QString *error = nullptr);
    bool removeOrganization(const QString &rid, QString *error = nullptr);

    // Authentication providers
    QList<AuthenticationProvider> authenticationProviders() const;
    std::optional<AuthenticationProvider> authenticationProvider(const QString &rid) const;
    bool addAuthenticationProvider(const AuthenticationProvider &provider,
                                   QString *error = nullptr);
    bool updateAuthenticationProvider(const AuthenticationProvider &provider,
                                      QString *error = nullptr);
    bool removeAuthenticationProvider(const QString &rid);

    // Role assignments
    QList<RoleAssignment> roleAssignments() const;
    bool addRoleAssignment(const RoleAssignment &assignment); // false if it exists already
    bool removeRoleAssignment(const QString &key);

    // Fixed tokens from the seed's `tokens:` block
    QList<FixedToken> fixedTokens() const;
    std::optional<FixedToken> fixedToken(const QString &token) const;

Q_SIGNALS:
    void changed(const foundry::DirectoryChanges &changes);
    // From any writer's thread, queued to startFlush(): a connection made once in the
    // Directory's thread rather than an invokeMethod() per batch from the writer's, so that the
    // call object is built in the thread that runs it (ThreadSanitizer cannot see the hand-over
    // inside uninstrumented Qt).
    void flushWanted(QPrivateSignal);

private:
    // Runs `read` on the published data under the read lock, or, on a thread inside batch(), on
    // its draft. Defined in DirectoryAccess.h.
    template <typename Read> auto read(Read &&read) const;
    // Runs `edit` on a copy of the published data (or on the batch's draft) and publishes the
    // copy if `edit` recorded any change. Returns what `edit` returns.
    using Edit = std::function<bool(DirectoryIndex &next, DirectoryChanges &changes)>;
    bool write(const Edit &edit);
    void publish(std::unique_ptr<DirectoryIndex> next, const DirectoryChanges &changes);
    const DirectoryIndex *draftOfThisThread() const;
    // Queues changes for the next changed() batch.
    void queueChanges(const DirectoryChanges &changes);
    void startFlush(); // in the Directory's thread

    // std's locks rather than Qt's: they are pthread's, which ThreadSanitizer sees, while the
    // synchronisation inside Debian's (uninstrumented) Qt is invisible to it.
    mutable std::shared_mutex m_lock; // guards m_data and m_revision
    std::unique_ptr<const DirectoryIndex> m_data;
    quint64 m_revision = 0;

    std::recursive_mutex m_writeMutex;       // one writer at a time; recursive for batch()
    std::unique_ptr<DirectoryIndex> m_draft; // batch()'s, touched only by its thread
    DirectoryChanges m_draftChanges;
    std::atomic<Qt::HANDLE> m_draftThread{nullptr};

    std::mutex m_pendingMutex;
    DirectoryChanges m_pending;
    QSet<QString> m_pendingUpdates; // "kind:id" of the Updated changes in m_pending
    bool m_flushScheduled = false;
    int m_notificationDelayMs = 50;
};

} // namespace foundry
