#include "PrincipalPicker.h"

#include "Directory.h"

#include <QCompleter>
#include <QLineEdit>

namespace foundry::ui {
namespace {
constexpr int KindRole = Qt::UserRole + 1;
} // namespace

PrincipalPicker::PrincipalPicker(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("User or group…"));
}

void PrincipalPicker::reload(const Directory &directory, bool includeGroups,
                             const QList<PrincipalRef> &exclude)
{
    const std::optional<PrincipalRef> kept = currentPrincipal();
    clear();
    const QList<User> users = directory.users();
    for (const User &user : users) {
        if (exclude.contains(PrincipalRef{PrincipalKind::User, user.id}))
            continue;
        const QString label = user.displayName.isEmpty() || user.displayName == user.username
                                  ? user.username
                                  : QStringLiteral("%1 — %2").arg(user.username, user.displayName);
        addItem(label, user.id);
        setItemData(count() - 1, int(PrincipalKind::User), KindRole);
    }
    if (includeGroups) {
        const QList<Group> groups = directory.groups();
        for (const Group &group : groups) {
            if (exclude.contains(PrincipalRef{PrincipalKind::Group, group.id}))
                continue;
            addItem(tr("%1 (group)").arg(group.name), group.id);
            setItemData(count() - 1, int(PrincipalKind::Group), KindRole);
        }
    }
    if (!kept || !setCurrentPrincipal(*kept)) {
        setCurrentIndex(-1);
        clearEditText();
    }
}

std::optional<PrincipalRef> PrincipalPicker::currentPrincipal() const
{
    const QString text = currentText().trimmed();
    int index = findText(text, Qt::MatchFixedString);
    // A bare username or group name is enough.
    for (int i = 0; index < 0 && !text.isEmpty() && i < count(); ++i) {
        const QString label = itemText(i);
        if (label.section(QStringLiteral(" — "), 0, 0).compare(text, Qt::CaseInsensitive) == 0 ||
            label.compare(tr("%1 (group)").arg(text), Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0)
        return std::nullopt;
    return PrincipalRef{PrincipalKind(itemData(index, KindRole).toInt()),
                        itemData(index).toString()};
}

bool PrincipalPicker::setCurrentPrincipal(const PrincipalRef &principal)
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString() == principal.id &&
            PrincipalKind(itemData(i, KindRole).toInt()) == principal.kind) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace foundry::ui
