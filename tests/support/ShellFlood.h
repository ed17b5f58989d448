#pragma once

// A flood of mixed terminal output (plain text, SGR colours, CJK) from a remote shell, and a look
// at what a TerminalScreen shows: shared by tst_ssh_flood and gpudesk-bench-terminal.

#include "terminal/TerminalScreen.h"

#include <QByteArray>
#include <QString>

namespace shellflood {

// About 1 GB of output unless interrupted (`yes` repeats one mixed line; `head` stops it).
inline QByteArray floodCommand(qint64 bytes = 1000000000)
{
    return QByteArray("yes \"$(printf 'flood \\033[1;32mgreen\\033[0m \\033[38;5;208morange\\033[0m "
                      "\\033[48;2;20;40;80mtruecolour\\033[0m \xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6 "
                      "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e mixed text 0123456789')\" | head -c ")
        + QByteArray::number(bytes) + '\n';
}

// True when `needle` is on the screen or in the newest `scrollback` lines above it.
inline bool screenShows(const gpudesk::TerminalScreen &screen, const QString &needle, int scrollback = 0)
{
    for (int line = -std::min(scrollback, screen.scrollbackCount()); line < screen.rows(); ++line) {
        if (screen.lineText(line).contains(needle))
            return true;
    }
    return false;
}

} // namespace shellflood
