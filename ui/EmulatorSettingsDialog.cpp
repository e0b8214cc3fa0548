#include "EmulatorSettingsDialog.h"

#include "Directory.h"
#include "DirectoryEditor.h"
#include "EmulatorController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QUndoStack>

namespace foundry::ui {

SetTokenLifetimeCommand::SetTokenLifetimeCommand(DirectoryEditor *editor, int seconds)
    : QUndoCommand(QObject::tr("Set token lifetime to %1 s").arg(seconds)), m_editor(editor),
      m_before(editor->directory()->tokenLifetimeSeconds()), m_after(seconds)
{
}

void SetTokenLifetimeCommand::redo()
{
    m_editor->edit([this](Directory &directory) {
        directory.setTokenLifetimeSeconds(m_after);
        return true;
    });
}

void SetTokenLifetimeCommand::undo()
{
    m_editor->edit([this](Directory &directory) {
        directory.setTokenLifetimeSeconds(m_before);
        return true;
    });
}

EmulatorSettingsDialog::EmulatorSettingsDialog(EmulatorController *controller,
                                               DirectoryEditor *editor, QUndoStack *undoStack,
                                               QWidget *parent)
    : QDialog(parent), m_controller(controller), m_editor(editor), m_undoStack(undoStack),
      m_port(new QSpinBox(this)), m_host(new QLineEdit(this)), m_lifetime(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("emulatorSettingsDialog"));
    setWindowTitle(tr("Emulator settings"));
    m_port->setObjectName(QStringLiteral("emulatorPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(controller->options().port);
    m_host->setObjectName(QStringLiteral("emulatorHost"));
    m_host->setText(controller->options().host.toString());
    m_host->setToolTip(tr("127.0.0.1 keeps the emulator on this machine"));
    m_lifetime->setObjectName(QStringLiteral("emulatorTokenLifetime"));
    m_lifetime->setRange(0, 10 * 365 * 24 * 3600);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setSpecialValueText(tr("never expire"));
    m_lifetime->setValue(editor->directory()->tokenLifetimeSeconds());
    m_error->setObjectName(QStringLiteral("emulatorSettingsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *freePort = new QPushButton(tr("Use a &free port"), this);
    freePort->setObjectName(QStringLiteral("emulatorFreePortButton"));
    connect(freePort, &QPushButton::clicked, this, [this] { m_port->setValue(findFreePort()); });
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(freePort);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmulatorSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EmulatorSettingsDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Port:"), portRow);
    form->addRow(tr("&Bind address:"), m_host);
    form->addRow(tr("&Token lifetime:"), m_lifetime);
    form->addRow(m_error);
    form->addRow(buttons);
}

quint16 EmulatorSettingsDialog::findFreePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool EmulatorSettingsDialog::applyChanges()
{
    const QHostAddress host(m_host->text().trimmed());
    if (host.isNull()) {
        m_error->setText(tr("“%1” is not an IP address (e.g. 127.0.0.1).").arg(m_host->text()));
        m_error->show();
        return false;
    }
    if (m_lifetime->value() != m_editor->directory()->tokenLifetimeSeconds())
        m_undoStack->push(new SetTokenLifetimeCommand(m_editor, m_lifetime->value()));
    ServerOptions options = m_controller->options();
    const bool changed = options.host != host || options.port != quint16(m_port->value()) ||
                         m_controller->state() != EmulatorController::State::Listening;
    if (!changed)
        return true;
    if (quint16(m_port->value()) != 0 && EmulatorController::isPortTaken(host, m_port->value()) &&
        !(options.host == host && options.port == quint16(m_port->value()))) {
        m_error->setText(tr("Port %1 is in use by another program: choose another or use a free "
                            "port.")
                             .arg(m_port->value()));
        m_error->show();
        return false;
    }
    options.host = host;
    options.port = quint16(m_port->value());
    return m_controller->apply(options);
}

void EmulatorSettingsDialog::accept()
{
    if (applyChanges())
        QDialog::accept();
}

} // namespace foundry::ui
