// Build-time tool: renders the scalable app icon into the PNG sizes of the hicolor icon theme.
//   gpudesk-render-icon ICON.svg OUTDIR SIZE...   writes OUTDIR/gpudesk-SIZE.png for each SIZE,
//                                                 and OUTDIR/gpudesk.ico (256 px, for Windows installers)
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: gpudesk-render-icon ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "gpudesk-render-icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString path = out.filePath(QStringLiteral("gpudesk-%1.png").arg(size));
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "gpudesk-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
        if (size == 256 && !image.save(out.filePath(QStringLiteral("gpudesk.ico")), "ICO")) {
            std::fputs("gpudesk-render-icon: cannot write gpudesk.ico\n", stderr);
            return 1;
        }
    }
    return 0;
}
