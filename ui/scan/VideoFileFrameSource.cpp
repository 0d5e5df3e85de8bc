#include "scan/VideoFileFrameSource.h"

#include <QFileInfo>
#include <QUrl>

namespace passgate {

VideoFileFrameSource::VideoFileFrameSource(const QString &path, QObject *parent)
    : FrameSource(parent)
    , m_path(path)
{
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, &VideoFileFrameSource::handleStatus);
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                setState(State::Failed, tr("Cannot play %1: %2").arg(m_path, message));
            });
}

QString VideoFileFrameSource::description() const
{
    return QStringLiteral("video:") + m_path;
}

void VideoFileFrameSource::start()
{
    const QFileInfo file(m_path);
    if (!file.isFile() || !file.isReadable()) {
        setState(State::Failed, tr("No readable video file at %1").arg(m_path));
        return;
    }
    setState(State::Starting, tr("Opening %1").arg(m_path));
    m_player.setVideoSink(videoSink());
    m_player.setSource(QUrl::fromLocalFile(file.absoluteFilePath()));
    m_player.play();
}

void VideoFileFrameSource::stop()
{
    m_player.stop();
    if (state() == State::Running || state() == State::Starting)
        setState(State::Stopped, tr("Stopped"));
}

void VideoFileFrameSource::handleStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::BufferedMedia:
        if (state() == State::Starting)
            setState(State::Running, tr("Playing %1").arg(m_path));
        break;
    case QMediaPlayer::EndOfMedia:
        setState(State::Finished, tr("Played %1 to the end").arg(m_path));
        break;
    case QMediaPlayer::InvalidMedia:
        if (state() == State::Failed)
            break; // errorOccurred said why already
        setState(State::Failed,
                 tr("Cannot play %1: %2")
                     .arg(m_path, m_player.errorString().isEmpty() ? QStringLiteral("not a video")
                                                                   : m_player.errorString()));
        break;
    case QMediaPlayer::NoMedia:
    case QMediaPlayer::LoadingMedia:
    case QMediaPlayer::StalledMedia:
        break;
    }
}

} // namespace passgate
