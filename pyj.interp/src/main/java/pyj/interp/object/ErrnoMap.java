// Which OSError subclass OSError(errno, ...) creates, as on Linux.
package pyj.interp.object;

final class ErrnoMap {
    private ErrnoMap() {}

    static PyType subclassFor(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> ExceptionTypes.BLOCKING_IO_ERROR;
            case 10 -> ExceptionTypes.CHILD_PROCESS_ERROR;
            case 32, 108 -> ExceptionTypes.BROKEN_PIPE_ERROR;
            case 103 -> ExceptionTypes.CONNECTION_ABORTED_ERROR;
            case 111 -> ExceptionTypes.CONNECTION_REFUSED_ERROR;
            case 104 -> ExceptionTypes.CONNECTION_RESET_ERROR;
            case 17 -> ExceptionTypes.FILE_EXISTS_ERROR;
            case 2 -> ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case 4 -> ExceptionTypes.INTERRUPTED_ERROR;
            case 21 -> ExceptionTypes.IS_A_DIRECTORY_ERROR;
            case 20 -> ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case 1, 13 -> ExceptionTypes.PERMISSION_ERROR;
            case 3 -> ExceptionTypes.PROCESS_LOOKUP_ERROR;
            case 110 -> ExceptionTypes.TIMEOUT_ERROR;
            default -> null;
        };
    }
}
