# cmake -DSOURCE_DIR=... -P check-layers.cmake
cmake_minimum_required(VERSION 3.25)
# The direction of dependencies inside core, and what core may not see at all. Fails with one line
# per include that breaks a rule (docs/architecture.md, "Layers").
#
# A core folder may include only the folders listed for it (and itself). The order, lowest first:
#   common < crypto < formats < checkin < policy, ledger < trust < station < replication
set(allowed_common "")
set(allowed_crypto "common")
set(allowed_formats "common;crypto")
set(allowed_checkin "common;formats")
set(allowed_policy "common;crypto;formats;checkin")
set(allowed_ledger "common;crypto;formats;checkin")
set(allowed_trust "common;crypto;formats;checkin;policy")
set(allowed_station "common;crypto;formats;checkin;policy;ledger;trust")
set(allowed_replication "common;crypto;formats;checkin;policy;ledger;trust;station")
set(core_folders common crypto formats checkin policy ledger trust station replication)

set(problems "")

# Every folder of core is in the table, and no folder of ui shares a name (and so an include
# prefix) with one of core.
file(GLOB core_entries RELATIVE ${SOURCE_DIR}/core ${SOURCE_DIR}/core/*)
foreach(entry IN LISTS core_entries)
  if(IS_DIRECTORY ${SOURCE_DIR}/core/${entry} AND NOT entry IN_LIST core_folders)
    list(APPEND problems "core/${entry}: a folder with no place in the layer table")
  endif()
endforeach()
file(GLOB ui_entries RELATIVE ${SOURCE_DIR}/ui ${SOURCE_DIR}/ui/*)
foreach(entry IN LISTS ui_entries)
  if(IS_DIRECTORY ${SOURCE_DIR}/ui/${entry} AND entry IN_LIST core_folders)
    list(APPEND problems "ui/${entry}: shares the include prefix '${entry}/' with core/${entry}")
  endif()
endforeach()

set(gui_headers "QtGui|QtQuick|QtQml|QtMultimedia|QtWidgets|QtNetwork|QImage|QGuiApplication|QQml|QQuick|QMedia|QVideo|QCamera|QNetwork")

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}/core ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp)
foreach(source IN LISTS sources)
  string(REGEX MATCH "^[^/]+" folder "${source}")
  if(NOT folder IN_LIST core_folders)
    continue()
  endif()
  file(STRINGS ${SOURCE_DIR}/core/${source} includes REGEX "^#include ")
  get_filename_component(name ${source} NAME)
  set(public_header FALSE)
  if(name MATCHES "\\.h$" AND NOT name MATCHES "_p\\.h$")
    set(public_header TRUE)
  endif()
  foreach(line IN LISTS includes)
    if(line MATCHES "^#include \"([^/\"]+)/[^\"]+\"")
      set(target ${CMAKE_MATCH_1})
      if(NOT target STREQUAL folder)
        if(NOT target IN_LIST core_folders)
          list(APPEND problems "core/${source}: includes '${target}/', which is not core (${line})")
        elseif(NOT target IN_LIST allowed_${folder})
          list(APPEND problems "core/${source}: ${folder} may not include ${target} (${line})")
        endif()
      endif()
    elseif(line MATCHES "^#include <(${gui_headers})")
      list(APPEND problems "core/${source}: core is Qt Core only (${line})")
    endif()
    # OpenSSL stays an implementation detail of core: no public header names it, nor any internal
    # (_p.h) header.
    if(public_header AND line MATCHES "^#include (<openssl/|\"crypto/OpenSsl)")
      list(APPEND problems "core/${source}: a public header includes OpenSSL (${line})")
    elseif(public_header AND line MATCHES "_p\\.h\"")
      list(APPEND problems "core/${source}: a public header includes an internal one (${line})")
    endif()
  endforeach()
endforeach()

# OpenSSL lives in core/crypto alone: no other file of core, the kiosk or the CLI includes it, neither
# directly nor through a crypto header that does (OpenSsl_p.h, PublicKey_p.h, ...). The list of those
# headers is read from core/crypto itself, so a new one is covered without editing this file.
file(GLOB crypto_headers RELATIVE ${SOURCE_DIR}/core ${SOURCE_DIR}/core/crypto/*.h)
set(openssl_headers "")
foreach(header IN LISTS crypto_headers)
  file(STRINGS ${SOURCE_DIR}/core/${header} openssl_includes REGEX "^#include (<openssl/|\"crypto/OpenSsl_p\\.h\")")
  if(openssl_includes)
    list(APPEND openssl_headers ${header})
  endif()
endforeach()
file(GLOB_RECURSE outside_crypto RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
  ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
foreach(source IN LISTS outside_crypto)
  if(source MATCHES "^core/crypto/")
    continue()
  endif()
  file(STRINGS ${SOURCE_DIR}/${source} includes REGEX "^#include ")
  foreach(line IN LISTS includes)
    if(line MATCHES "^#include <openssl/")
      list(APPEND problems "${source}: OpenSSL outside core/crypto (${line})")
    elseif(line MATCHES "^#include \"(crypto/[^\"]+)\"" AND CMAKE_MATCH_1 IN_LIST openssl_headers)
      list(APPEND problems "${source}: OpenSSL outside core/crypto, through ${CMAKE_MATCH_1} (${line})")
    endif()
  endforeach()
endforeach()

# A pass format does not build on another: what two formats share (COSE, CWT) lives in its own
# folder of formats (cose/), never in one of the formats that use it.
set(pass_formats dcc shc nzcp)
file(GLOB_RECURSE format_sources RELATIVE ${SOURCE_DIR}/core/formats ${SOURCE_DIR}/core/formats/*.h
  ${SOURCE_DIR}/core/formats/*.cpp)
foreach(source IN LISTS format_sources)
  string(REGEX MATCH "^[^/]+" format "${source}")
  if(NOT format IN_LIST pass_formats)
    continue()
  endif()
  file(STRINGS ${SOURCE_DIR}/core/formats/${source} includes REGEX "^#include \"formats/[^/\"]+/")
  foreach(line IN LISTS includes)
    if(line MATCHES "^#include \"formats/([^/\"]+)/" AND CMAKE_MATCH_1 IN_LIST pass_formats
       AND NOT CMAKE_MATCH_1 STREQUAL format)
      list(APPEND problems "core/formats/${source}: the ${format} format includes the ${CMAKE_MATCH_1} format (${line})")
    endif()
  endforeach()
endforeach()

# Core's internal headers are for core and its tests; the kiosk and the CLI use the public ones.
file(GLOB_RECURSE users RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
  ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
foreach(user IN LISTS users)
  file(STRINGS ${SOURCE_DIR}/${user} includes REGEX "^#include \"[^\"]+_p\\.h\"")
  foreach(line IN LISTS includes)
    list(APPEND problems "${user}: includes an internal header of core (${line})")
  endforeach()
endforeach()

if(problems)
  list(LENGTH problems count)
  foreach(problem IN LISTS problems)
    message("${problem}")
  endforeach()
  message(FATAL_ERROR "${count} layer rule(s) broken")
endif()
list(LENGTH sources count)
message("${count} core files follow the layer rules")
