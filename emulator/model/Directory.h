#pragma once

#include "DirectoryChange.h"
#include "DirectoryState.h"

#include <QMutex>
#include <QObject>
#include <QReadWriteLock>
#include <QTimer>
#include <memory>
#include <optional>

namespace foundry {

class DirectoryIndex;

// The one shared model that the HTTP routes and the console both read and change.
//
// Thread-safe: every reader copies the values it needs under a read lock (Qt's implicit sharing
// makes the copies cheap) and every writer takes the write lock. Lookups by id, username, OAuth
// client id, group name and rid are O(1).
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

private:
    // Call with the write lock held: records the change for the next batch.
    void recordChange(EntityKind kind, ChangeType type, const QString &id);
    void scheduleFlush();

    mutable QReadWriteLock m_lock;
    std::unique_ptr<DirectoryIndex> m_data;
    quint64 m_revision = 0;

    QMutex m_pendingMutex;
    DirectoryChanges m_pending;
    bool m_flushScheduled = false;
    int m_notificationDelayMs = 50;
};

} // namespace foundry
