#include "scan/FrameSource.h"

#include "scan/ScanLog.h"

namespace passgate {

FrameSource::FrameSource(QObject *parent)
    : QObject(parent)
{}

void FrameSource::setVideoSink(QVideoSink *sink)
{
    m_sink = sink;
}

void FrameSource::setState(State state, const QString &status)
{
    if (state == m_state && status == m_status)
        return;
    m_state = state;
    m_status = status;
    qCInfo(lcScan).noquote() << description() << frameSourceStateName(state) + QLatin1Char(':') << status;
    Q_EMIT stateChanged(state);
}

void FrameSource::present(const QVideoFrame &frame)
{
    if (m_sink)
        m_sink->setVideoFrame(frame);
}

QString frameSourceStateName(FrameSource::State state)
{
    switch (state) {
    case FrameSource::State::Stopped:
        return QStringLiteral("stopped");
    case FrameSource::State::Starting:
        return QStringLiteral("starting");
    case FrameSource::State::Running:
        return QStringLiteral("running");
    case FrameSource::State::Waiting:
        return QStringLiteral("waiting");
    case FrameSource::State::Finished:
        return QStringLiteral("finished");
    case FrameSource::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

} // namespace passgate
