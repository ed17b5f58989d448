# app/terminal sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    terminal/TerminalBuffer.cpp terminal/TerminalBuffer.h
    terminal/TerminalCell.h
    terminal/TerminalFeeder.cpp terminal/TerminalFeeder.h
    terminal/TerminalPalette.cpp terminal/TerminalPalette.h
    terminal/TerminalScreen.cpp terminal/TerminalScreen.h
)
