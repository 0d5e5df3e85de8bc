#pragma once

#include "scan/FrameSource.h"

#include <QMediaPlayer>

namespace passgate {

// video:FILE - plays a video file into the sink at its own pace, through the same QVideoSink path as a
// camera. Qt's FFmpeg backend decodes it (QT_MEDIA_BACKEND=ffmpeg; the CLI sets it when unset).
class VideoFileFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit VideoFileFrameSource(const QString &path, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    ScanOrigin origin() const override { return ScanOrigin::VideoFile; }
    QString description() const override;

private:
    void handleStatus(QMediaPlayer::MediaStatus status);

    QString m_path;
    QMediaPlayer m_player;
};

} // namespace passgate
