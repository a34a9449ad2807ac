#ifndef TEMATIK_FILE_EXCHANGE_H
#define TEMATIK_FILE_EXCHANGE_H

/// Swaps the files at `first` and `second` in one step, both names staying in place: Linux's
/// `renameat2` with `RENAME_EXCHANGE`, which Swift's Glibc module does not declare. Returns 0 on
/// success, else -1 with `errno` set: `ENOENT` when either file is missing, `EINVAL` where the file
/// system cannot exchange, `ENOSYS` on systems other than Linux.
int tematik_exchange_files(const char *first, const char *second);

#endif
