#include "panels/agentactions.h"

#include "live/models/agentmodel.h"
#include "live/models/modelroles.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace qw {

AgentActions::AgentActions(QTableView* agents, QWidget* dialogParent)
    : QObject(agents)
    , m_view(agents)
    , m_dialogParent(dialogParent)
{
    const auto add = [this](const QString& text, const QString& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(QKeySequence(keys));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        m_view->addAction(action);
        return action;
    };
    add(tr("&Pause…"), tr("Ctrl+Alt+P"), &AgentActions::pause);
    add(tr("&Unpause"), tr("Ctrl+Alt+U"), &AgentActions::unpause);
    add(tr("Log o&ff…"), tr("Ctrl+Alt+F"), &AgentActions::logOff);
    add(tr("Log &on…"), tr("Ctrl+Alt+O"), &AgentActions::logOn);
    add(tr("&Listen"), tr("Ctrl+Alt+L"), [this] { spy(SupervisorAction::Kind::Listen); });
    add(tr("&Whisper"), tr("Ctrl+Alt+W"), [this] { spy(SupervisorAction::Kind::Whisper); });
    add(tr("&Barge in"), tr("Ctrl+Alt+B"), [this] { spy(SupervisorAction::Kind::Barge); });

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_available)
            return;
        QMenu menu(m_view);
        fillMenu(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgentActions::updateEnabled);
    updateEnabled();
}

void AgentActions::fillMenu(QMenu* menu) const
{
    for (QAction* action : m_actions) {
        menu->addAction(action);
        if (action == m_actions.value(3))
            menu->addSeparator(); // the listening ones apart
    }
}

void AgentActions::setAvailable(bool available)
{
    m_available = available;
    updateEnabled();
}

void AgentActions::setChoices(const QStringList& servers, const QStringList& queues)
{
    m_servers = servers;
    m_queues = queues;
}

void AgentActions::updateEnabled()
{
    const bool picked = !currentAgent().isEmpty();
    for (QAction* action : std::as_const(m_actions)) {
        action->setVisible(m_available);
        // Logging a member on needs no agent picked; everything else acts on the one picked.
        action->setEnabled(m_available && (picked || action == m_actions.value(3)));
    }
}

QString AgentActions::currentAgent() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(KeyRole).toString() : QString();
}

QStringList AgentActions::currentQueues() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    const QString queues = current.siblingAtColumn(AgentModel::Queues).data().toString();
    return queues.isEmpty() ? QStringList() : queues.split(u", "_s);
}

std::optional<QString> AgentActions::askQueue(const QString& title, const QString& question) const
{
    const QStringList queues = currentQueues();
    const QString all = tr("All queues");
    if (queues.size() <= 1)
        return QString(); // one queue or none known: every queue is the same choice
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(m_dialogParent, title, question, QStringList {all} + queues, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return chosen == all ? QString() : chosen;
}

void AgentActions::pause()
{
    const QString agent = currentAgent();
    if (agent.isEmpty())
        return;
    const auto queue = askQueue(tr("Pause %1").arg(agent), tr("Pause %1 in:").arg(agent));
    if (!queue)
        return;
    bool ok = false;
    const QString reason
        = QInputDialog::getText(m_dialogParent, tr("Pause %1").arg(agent),
                                tr("Reason (shown in the window and the reports):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    SupervisorAction action;
    action.kind = SupervisorAction::Kind::Pause;
    action.agent = agent;
    action.queue = *queue;
    action.reason = reason.trimmed();
    Q_EMIT requested(action);
}

void AgentActions::unpause()
{
    const QString agent = currentAgent();
    if (agent.isEmpty())
        return;
    SupervisorAction action;
    action.kind = SupervisorAction::Kind::Unpause;
    action.agent = agent;
    Q_EMIT requested(action);
}

void AgentActions::logOff()
{
    const QString agent = currentAgent();
    if (agent.isEmpty())
        return;
    const auto queue = askQueue(tr("Log off %1").arg(agent), tr("Remove %1 from:").arg(agent));
    if (!queue)
        return;
    const QString where = queue->isEmpty() ? tr("every queue") : *queue;
    if (QMessageBox::question(m_dialogParent, tr("Log off %1").arg(agent),
                              tr("Remove %1 from %2? Calls will no longer ring there.").arg(agent, where))
        != QMessageBox::Yes)
        return;
    SupervisorAction action;
    action.kind = SupervisorAction::Kind::LogOff;
    action.agent = agent;
    action.queue = *queue;
    Q_EMIT requested(action);
}

void AgentActions::logOn()
{
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Log on a member"));
    auto* server = new QComboBox(&dialog);
    server->addItems(m_servers);
    auto* queue = new QComboBox(&dialog);
    queue->setEditable(true);
    queue->addItems(m_queues);
    auto* interface = new QLineEdit(&dialog);
    interface->setPlaceholderText(tr("PJSIP/101, Local/101@agents/n"));
    auto* name = new QLineEdit(currentAgent(), &dialog);
    auto* penalty = new QSpinBox(&dialog);
    penalty->setRange(0, 1000);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Server:"), server);
    form->addRow(tr("&Queue:"), queue);
    form->addRow(tr("&Interface:"), interface);
    form->addRow(tr("Member &name:"), name);
    form->addRow(tr("&Penalty:"), penalty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SupervisorAction action;
    action.kind = SupervisorAction::Kind::LogOn;
    action.server = server->currentText();
    action.queue = queue->currentText().trimmed();
    action.interface = interface->text().trimmed();
    action.memberName = name->text().trimmed();
    action.agent = action.memberName.isEmpty() ? action.interface : action.memberName;
    action.penalty = penalty->value();
    Q_EMIT requested(action);
}

void AgentActions::spy(SupervisorAction::Kind kind)
{
    const QString agent = currentAgent();
    if (agent.isEmpty())
        return;
    SupervisorAction action;
    action.kind = kind;
    action.agent = agent;
    Q_EMIT requested(action);
}

void AgentActions::showOutcome(const SupervisorAction& action, const ActionOutcome& outcome)
{
    const QString text = outcome.messages.join(u"; "_s);
    Q_EMIT statusMessage(outcome.ok ? tr("Done: %1 (%2)").arg(action.describe(), text)
                                    : tr("Not done: %1 (%2)").arg(action.describe(), text));
    if (outcome.ok)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("QueueWatch"),
                                tr("%1 was not done:\n%2").arg(action.describe(), outcome.messages.join(u'\n')),
                                QMessageBox::Ok, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace qw
