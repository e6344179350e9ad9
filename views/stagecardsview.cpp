#include "stagecardsview.h"

#include "statuspresentation.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace slipway {

namespace {

constexpr int minimumCardWidth = 230;

QLabel *line(QWidget *parent, const QString &name = {}) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line, always: an empty line keeps its height, so the card does not shrink or grow.
    label->setMinimumHeight(label->fontMetrics().height());
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return label;
}

// Elided to the card, with the whole text in the tooltip.
void setLine(QLabel *label, const QString &text, const QString &tooltip = {}) {
    const QString shown = label->fontMetrics().elidedText(text, Qt::ElideRight, label->parentWidget()->width() - 24);
    if (label->text() != shown)
        label->setText(shown);
    label->setToolTip(tooltip.isEmpty() && shown != text ? text : tooltip);
}

void keepPlaceWhenHidden(QWidget *widget) {
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

} // namespace

// One stage's card: its widgets are made once and updated on every refresh.
class StageCardWidget final : public QFrame {
public:
    StageCardWidget(const QString &stage, int width, StageCardsView *view) : QFrame(view), m_stage(stage) {
        setObjectName(QStringLiteral("stageCard_") + stage);
        setFrameShape(QFrame::StyledPanel);
        setFixedWidth(width);
        auto *layout = new QVBoxLayout(this);
        layout->setSpacing(2);
        QLabel *name = line(this);
        name->setText(stage);
        name->setStyleSheet(QStringLiteral("font-weight: bold;"));
        layout->addWidget(name);
        m_status = line(this, QStringLiteral("stageStatus_") + stage);
        m_status->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        layout->addWidget(m_status, 0, Qt::AlignLeft);
        for (QLabel **label : {&m_attempt, &m_waiting, &m_pre, &m_gates, &m_post, &m_earlier})
            layout->addWidget(*label = line(this));
        m_attempt->setObjectName(QStringLiteral("stageAttempt_") + stage);
        m_waiting->setObjectName(QStringLiteral("stageWaiting_") + stage);
        m_pre->setObjectName(QStringLiteral("stagePre_") + stage);
        m_gates->setObjectName(QStringLiteral("stageGates_") + stage);
        m_post->setObjectName(QStringLiteral("stagePost_") + stage);
        m_earlier->setObjectName(QStringLiteral("stageEarlier_") + stage);

        m_action = new QPushButton(this);
        m_action->setObjectName(QStringLiteral("stageAction_") + stage);
        keepPlaceWhenHidden(m_action);
        connect(m_action, &QPushButton::clicked, view,
                [this, view] { Q_EMIT view->actionRequested(m_stage, m_current); });
        m_decide = new QToolButton(this);
        m_decide->setObjectName(QStringLiteral("stageDecide_") + stage);
        m_decide->setText(StageCardsView::tr("Decide"));
        m_decide->setToolTip(StageCardsView::tr("Approve, reject, defer, reassign, resume or ignore a gate"));
        m_decide->setAccessibleName(StageCardsView::tr("Decide on %1").arg(stage));
        m_decide->setPopupMode(QToolButton::InstantPopup);
        m_decide->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_decide->setMenu(new QMenu(m_decide));
        m_decide->menu()->setObjectName(QStringLiteral("stageDecisions_") + stage);
        m_decide->setMinimumHeight(m_action->sizeHint().height());
        keepPlaceWhenHidden(m_decide);
        m_decide->hide();
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_action);
        buttons->addWidget(m_decide);
        buttons->addStretch();
        layout->addLayout(buttons);
    }

    QMenu *menu() const { return m_decide->menu(); }
    void setDecisionsShown(bool shown) { m_decide->setVisible(shown); }

    void update(const StageCard &card) {
        const bool presented = !card.stateLabel.isEmpty();
        const QColor colour = presented                   ? card.stateFill
                              : card.waitingFor.isEmpty() ? stageStatusColor(card.status)
                                                          : waitingColor();
        const QColor ink = presented ? card.stateText : textColourOn(colour);
        setLine(m_status, !card.waitingFor.isEmpty() ? card.waitingFor
                          : presented                ? card.stateLabel
                                                     : stageStatusLabel(card.status));
        m_status->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 1px 8px;")
                                    .arg(colour.name(), ink.name()));
        QString when;
        if (card.attempt > 0) {
            when = StageCardsView::tr("Attempt %1").arg(card.attempt);
            if (card.startedAt.isValid())
                when += QStringLiteral(" · ") +
                        QLocale().toString(card.startedAt.toLocalTime(), QStringLiteral("d MMM HH:mm"));
        }
        setLine(m_attempt, when, card.attemptDetails);
        setLine(m_waiting, card.waitingOn, card.waitingOnWhy);
        setLine(m_pre,
                card.preApprovals.isEmpty() ? QString() : StageCardsView::tr("Before: %1").arg(card.preApprovals));
        setLine(m_gates, card.gates.isEmpty() ? QString() : StageCardsView::tr("Gates: %1").arg(card.gates));
        setLine(m_post,
                card.postApprovals.isEmpty() ? QString() : StageCardsView::tr("After: %1").arg(card.postApprovals));
        setLine(m_earlier, card.earlier.isEmpty() ? QString() : StageCardsView::tr("Earlier: %1").arg(card.earlier));
        setToolTip(card.attemptDetails);
        m_current = card.action;
        m_action->setVisible(card.action != StageCard::Action::None);
        m_action->setEnabled(card.actionEnabled);
        const QString text = card.action == StageCard::Action::Deploy     ? StageCardsView::tr("Deploy…")
                             : card.action == StageCard::Action::Redeploy ? StageCardsView::tr("Redeploy…")
                             : card.actionEnabled                         ? StageCardsView::tr("Cancel…")
                                                                          : StageCardsView::tr("Canceling…");
        m_action->setText(text);
        m_action->setAccessibleName(StageCardsView::tr("%1 %2").arg(text, card.stage));
        m_action->setToolTip(card.action == StageCard::Action::Cancel
                                 ? StageCardsView::tr("Cancel this stage's deployment (asks first)")
                                 : StageCardsView::tr("Deploy this stage of the release"));
    }

private:
    QString m_stage;
    StageCard::Action m_current = StageCard::Action::None;
    QLabel *m_status = nullptr, *m_attempt = nullptr, *m_waiting = nullptr, *m_pre = nullptr, *m_gates = nullptr,
           *m_post = nullptr, *m_earlier = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_decide = nullptr;
};

StageCardsView::StageCardsView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("stageCards"));
    m_grid = new QGridLayout(this);
    m_grid->setHorizontalSpacing(44);
    m_grid->setVerticalSpacing(10);
    m_grid->setContentsMargins(4, 4, 4, 4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_cardWidth = cardWidthForButtons();
}

// Wide enough for the longest action button beside the Decide button in the user's language (German
// "Erneut bereitstellen…" does not fit where "Redeploy…" does); the same for every card, so cards line up.
int StageCardsView::cardWidthForButtons() const {
    QPushButton action;
    int widest = 0;
    for (const QString &text : {tr("Deploy…"), tr("Redeploy…"), tr("Cancel…"), tr("Canceling…")}) {
        action.setText(text);
        widest = std::max(widest, action.sizeHint().width());
    }
    QToolButton decide;
    decide.setText(tr("Decide"));
    decide.setToolButtonStyle(Qt::ToolButtonTextOnly);
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 2); // layout and frame
    return std::max(minimumCardWidth, widest + decide.sizeHint().width() + 12 + margins);
}

void StageCardsView::showCards(const PipelineGraph &graph, const QString &artifacts, const QList<StageCard> &cards) {
    QString shape = QString::number(graph.rows);
    for (const StageCard &card : cards) {
        const GraphStage *place = graph.stage(card.stage);
        shape +=
            QStringLiteral("|%1@%2,%3").arg(card.stage).arg(place ? place->row : -1).arg(place ? place->column : -1);
    }
    if (shape != m_shape || !m_artifacts) {
        m_shape = shape;
        rebuild(graph, cards);
    }
    m_graph = graph;
    setLine(m_artifactsText,
            artifacts.isEmpty() ? tr("none") : QString(artifacts).replace(QLatin1Char('\n'), QStringLiteral(", ")),
            artifacts);
    for (const StageCard &card : cards)
        if (StageCardWidget *widget = m_cards.value(card.stage))
            widget->update(card);
    update();
}

// Made anew only when the stages or their places change (a first show, another release).
void StageCardsView::rebuild(const PipelineGraph &graph, const QList<StageCard> &cards) {
    qDeleteAll(m_cards);
    m_cards.clear();
    delete m_artifacts;
    auto *source = new QFrame(this);
    source->setObjectName(QStringLiteral("stageCard_artifacts"));
    source->setFrameShape(QFrame::StyledPanel);
    source->setFixedWidth(m_cardWidth);
    auto *sourceLayout = new QVBoxLayout(source);
    QLabel *title = line(source);
    title->setText(tr("Artifacts"));
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    sourceLayout->addWidget(title);
    m_artifactsText = line(source, QStringLiteral("stageCardArtifacts"));
    sourceLayout->addWidget(m_artifactsText);
    sourceLayout->addStretch();
    m_grid->addWidget(source, 0, 0, std::max(1, graph.rows), 1, Qt::AlignTop);
    source->show(); // shown now, not at the next event loop turn, so the size below counts it
    m_artifacts = source;
    for (const StageCard &card : cards) {
        const GraphStage *place = graph.stage(card.stage);
        auto *widget = new StageCardWidget(card.stage, m_cardWidth, this);
        m_grid->addWidget(widget, place ? place->row : 0, place ? place->column : 1, Qt::AlignTop);
        widget->show();
        m_cards.insert(card.stage, widget);
    }
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    m_grid->setColumnStretch(m_grid->columnCount(), 1);
}

QMenu *StageCardsView::decisionMenu(const QString &stage) const {
    StageCardWidget *card = m_cards.value(stage);
    return card ? card->menu() : nullptr;
}

void StageCardsView::setDecisionsShown(const QString &stage, bool shown) {
    if (StageCardWidget *card = m_cards.value(stage))
        card->setDecisionsShown(shown);
}

QWidget *StageCardsView::cardOf(const QString &stage) const {
    return stage.isEmpty() ? m_artifacts : m_cards.value(stage);
}

// The trigger arrows, drawn under the cards from the right edge of one to the left edge of the next.
void StageCardsView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.4));
    for (const GraphEdge &edge : m_graph.edges) {
        const QWidget *from = cardOf(edge.from);
        const QWidget *to = cardOf(edge.to);
        if (!from || !to)
            continue;
        const QPointF start(from->geometry().right() + 1, from->geometry().top() + 24);
        const QPointF end(to->geometry().left() - 2, to->geometry().top() + 24);
        painter.drawPath(triggerArrow(start, end));
    }
}

} // namespace slipway
