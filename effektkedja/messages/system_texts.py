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
}

TEXTS_EN: dict[str, str] = {
    "EK001.too_large.read": "the file is larger than the limit of {limit} MiB and is not read; "
    "split the plan",
    "err.output_special": "the output file is a block device or a socket and is not written: "
    "{path}",
    "err.stdout_failed": "could not write to standard output: {detail}",
    "err.terminated": "stopped by the signal {signal}",
    "err.os_error": "the system reported an error: {detail}",
}
