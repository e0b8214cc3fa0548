#pragma once

#include "Group.h"

#include <QComboBox>
#include <QSet>
#include <optional>

namespace foundry {
class Directory;
}

namespace foundry::ui {

// Picks a user or group: an editable combo box listing users (by username, with their display
// name) and, optionally, groups, that completes what is typed anywhere in the name.
class PrincipalPicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit PrincipalPicker(QWidget *parent = nullptr);

    // Lists the Directory's principals, leaving out `exclude` (e.g. a group's members).
    void reload(const Directory &directory, bool includeGroups,
                const QList<PrincipalRef> &exclude = {});
    // The principal shown, matched by its text when typed; nothing when the text names none.
    std::optional<PrincipalRef> currentPrincipal() const;
    // Selects the principal (tests, and keeping the choice across a reload).
    bool setCurrentPrincipal(const PrincipalRef &principal);
};

} // namespace foundry::ui
