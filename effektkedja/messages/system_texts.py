"""Texts about the system around a run (output files, streams, signals), merged into the catalogue.

Kept beside the catalogue like the configuration texts, so that the hardening
of output, reading and signals adds one module and two import lines.
"""

TEXTS_SV: dict[str, str] = {
    "EK001.too_large.read": "filen är större än gränsen på {limit} MiB och läses inte; "
    "dela upp planen",
    "err.output_special": "utfilen är en blockenhet eller en socket och skrivs inte: {path}",
    "err.stdout_failed": "kunde inte skriva till standard ut: {detail}",
    "err.terminated": "avbrutet av signalen {signal}",
    "err.os_error": "systemet svarade med ett fel: {detail}",
    # The system's most common reasons (errno), instead of the C library's English.
    "os.ENOENT": "filen eller mappen finns inte",
    "os.EACCES": "behörighet saknas",
    "os.EPERM": "åtgärden är inte tillåten",
    "os.ENOSPC": "det finns inget utrymme kvar på enheten",
    "os.EDQUOT": "diskkvoten är slut",
    "os.EROFS": "filsystemet är skrivskyddat",
    "os.EISDIR": "det är en mapp",
    "os.ENOTDIR": "en del av sökvägen är ingen mapp",
    "os.EEXIST": "filen finns redan",
    "os.ELOOP": "för många symboliska länkar i rad",
    "os.ENAMETOOLONG": "namnet är för långt",
    "os.EFBIG": "filen blir för stor",
    "os.EIO": "in- eller utmatningsfel",
    "os.EBUSY": "enheten eller resursen är upptagen",
    "os.ENXIO": "enheten finns inte",
    "os.other": "{detail}",
    "os.on_file": "{path}: {reason}",
}

TEXTS_EN: dict[str, str] = {
    "EK001.too_large.read": "the file is larger than the limit of {limit} MiB and is not read; "
    "split the plan",
    "err.output_special": "the output file is a block device or a socket and is not written: "
    "{path}",
    "err.stdout_failed": "could not write to standard output: {detail}",
    "err.terminated": "stopped by the signal {signal}",
    "err.os_error": "the system reported an error: {detail}",
    "os.ENOENT": "no such file or folder",
    "os.EACCES": "permission denied",
    "os.EPERM": "operation not permitted",
    "os.ENOSPC": "no space left on the device",
    "os.EDQUOT": "disk quota exceeded",
    "os.EROFS": "read-only file system",
    "os.EISDIR": "it is a folder",
    "os.ENOTDIR": "a part of the path is not a folder",
    "os.EEXIST": "the file exists",
    "os.ELOOP": "too many symbolic links in a row",
    "os.ENAMETOOLONG": "the name is too long",
    "os.EFBIG": "the file would be too large",
    "os.EIO": "input/output error",
    "os.EBUSY": "the device or resource is busy",
    "os.ENXIO": "no such device",
    "os.other": "{detail}",
    "os.on_file": "{path}: {reason}",
}
