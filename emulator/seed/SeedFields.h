#pragma once

#include "DirectoryState.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace YAML {
class Emitter;
}

// What the writer writes for each mapping of the seed: the known keys whose values differ from
// the defaults, in canonical order, each with the code that emits its value. The reader uses the
// same lists to put carried unknown keys where a save will put them.
namespace foundry::seed {

struct Field
{
    QString key;
    std::function<void(YAML::Emitter &)> write;
};
using Fields = std::vector<Field>;

// Turns the ids of group members and role principals back into names.
class WriteContext final
{
public:
    explicit WriteContext(const DirectoryState &state);
    // `<username>` or `group:<name>`; nullopt when the id names nothing.
    std::optional<QString> principalText(const PrincipalRef &principal) const;
    const DirectoryState &state() const { return m_state; }

private:
    const DirectoryState &m_state;
    QHash<QString, QString> m_usernames;
    QHash<QString, QString> m_groupNames;
};

Fields documentFields(const WriteContext &context);
Fields foundryFields(const WriteContext &context);
Fields enrollmentFields(const Enrollment &enrollment);
Fields organizationFields(const Organization &organization);
Fields userFields(const User &user);
Fields groupFields(const Group &group, const WriteContext &context);
Fields oauthClientFields(const OAuthClient &client);
Fields providerFields(const AuthenticationProvider &provider);
Fields protocolFields(const AuthenticationProvider &provider);
const QStringList &protocolKeys(const AuthenticationProvider &provider);
Fields roleAssignmentFields(const RoleAssignment &assignment, const WriteContext &context);
Fields tokenFields(const FixedToken &token);

// Writes one mapping: the fields and the carried keys, each carried key after the key it
// followed; `blocks` are carried keys that have their own place in `canonical`.
void writeMapping(YAML::Emitter &out, const Fields &fields, const ExtraFields &extras,
                  const QStringList &canonical, const QStringList &blocks = {});

// Puts every carried key of the state in write order (see keys::placeExtras).
void placeAllExtras(DirectoryState &state);

} // namespace foundry::seed
