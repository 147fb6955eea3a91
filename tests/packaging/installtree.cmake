# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into an empty folder puts there exactly what the package is to hold, and what it holds for the
# desktop passes the validators: the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli),
# the manual pages (groff, with every warning), which also describe every command and option of borderlog-cli.
# Run by ctest as: cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DPREFIX=... -DAPP_ID=... -DVERSION=...
#   -DBINDIR=... -DDATADIR=... -DMANDIR=... -DDOCDIR=... -P installtree.cmake
foreach(variable BUILD_DIR SOURCE_DIR PREFIX APP_ID VERSION BINDIR DATADIR MANDIR DOCDIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "installtree.cmake needs -D${variable}=...")
    endif()
endforeach()
set(problems "")

function(run_quiet what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
        set(problems "${problems}\n${what} (exit ${status}):\n${out}${err}" PARENT_SCOPE)
    endif()
endfunction()

file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE status
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${out}")
endif()

# What the install must hold: the programs, the desktop's files, the icon at every size, the manual pages, and
# every document of docs/ with the README and the copyright.
set(expected
    ${BINDIR}/borderlog
    ${BINDIR}/borderlog-cli
    ${DATADIR}/applications/${APP_ID}.desktop
    ${DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${MANDIR}/man1/borderlog.1.gz
    ${MANDIR}/man1/borderlog-cli.1.gz
    ${DOCDIR}/README.md
    ${DOCDIR}/copyright
    ${DOCDIR}/changelog.gz)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected ${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
file(GLOB docs RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/docs/*.md ${SOURCE_DIR}/docs/images/*.png)
foreach(doc ${docs})
    list(APPEND expected ${DOCDIR}/${doc})
endforeach()
file(GLOB_RECURSE installed RELATIVE ${PREFIX} ${PREFIX}/*)
list(SORT expected)
list(SORT installed)
set(missing ${expected})
list(REMOVE_ITEM missing ${installed})
set(unexpected ${installed})
list(REMOVE_ITEM unexpected ${expected})
if(missing)
    string(REPLACE ";" "\n  " missing "${missing}")
    string(APPEND problems "\nnot installed:\n  ${missing}")
endif()
if(unexpected)
    string(REPLACE ";" "\n  " unexpected "${unexpected}")
    string(APPEND problems "\ninstalled but not expected:\n  ${unexpected}")
endif()

# The installed programs run from where they were installed.
set(cli ${PREFIX}/${BINDIR}/borderlog-cli)
execute_process(COMMAND ${cli} --version OUTPUT_VARIABLE version_line RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version_line STREQUAL "borderlog-cli ${VERSION}\n")
    string(APPEND problems "\nborderlog-cli --version printed '${version_line}' (exit ${status})")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)
find_program(GROFF groff REQUIRED)
find_program(GZIP gzip REQUIRED)
run_quiet("desktop-file-validate" ${DESKTOP_FILE_VALIDATE} ${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop)
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --no-color
                        ${PREFIX}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0 OR out MATCHES "(^|\n)[EWI]: ")
    string(APPEND problems "\nappstreamcli validate (exit ${status}):\n${out}")
endif()

foreach(page borderlog borderlog-cli)
    set(roff ${PREFIX}/${page}.1)
    execute_process(COMMAND ${GZIP} -dc ${PREFIX}/${MANDIR}/man1/${page}.1.gz OUTPUT_FILE ${roff} RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        string(APPEND problems "\n${page}.1.gz is no gzip file")
        continue()
    endif()
    run_quiet("groff -man -ww on ${page}(1)" ${GROFF} -man -Tutf8 -ww -z ${roff})
endforeach()

# Every command of borderlog-cli's overview has a subsection in its manual page, and every option of its --help a
# mention; the page is read with roff's escaped hyphens as plain ones.
file(READ ${PREFIX}/borderlog-cli.1 page)
string(REPLACE "\\-" "-" page "${page}")
execute_process(COMMAND ${cli} --help OUTPUT_VARIABLE overview)
string(REGEX MATCHALL "\n  [a-z]+  " command_lines "${overview}")
if(NOT command_lines)
    string(APPEND problems "\nborderlog-cli --help lists no commands:\n${overview}")
endif()
foreach(line ${command_lines})
    string(STRIP "${line}" command)
    if(NOT page MATCHES "\n\\.SS \"${command}[ \"]")
        string(APPEND problems "\nborderlog-cli(1) has no subsection for the command '${command}'")
    endif()
    execute_process(COMMAND ${cli} ${command} --help OUTPUT_VARIABLE help)
    string(REGEX MATCHALL "--[a-z-]+" options "${help}")
    list(REMOVE_DUPLICATES options)
    foreach(option ${options})
        string(FIND "${page}" "${option}" at)
        if(at EQUAL -1)
            string(APPEND problems "\nborderlog-cli(1) does not mention ${option} (borderlog-cli ${command} --help)")
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "${problems}")
endif()
list(LENGTH installed count)
message(STATUS "${count} files installed as expected; desktop entry, metainfo and manual pages valid")
