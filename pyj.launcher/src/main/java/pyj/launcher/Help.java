// The text of `pyj --help` and `pyj --version`.
package pyj.launcher;

import java.util.List;

import pyj.optimizer.api.OptimizerProvider;

final class Help {
    private Help() {}

    static String usageLine() {
        return "usage: " + Main.PROGRAM + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    static String shortVersion() { return "Python 3.13.0"; }

    static String longVersion() {
        return "Python 3.13.0 (pyj 0.1.0) [" + System.getProperty("java.vm.name", "Java") + " " + Runtime.version() + "]";
    }

    static String text(List<OptimizerProvider> providers) {
        StringBuilder b = new StringBuilder(usageLine());
        b.append("""
                Options (and corresponding environment variables):
                -c cmd : program passed in as string (terminates option list)
                -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
                -h     : print this help message and exit (also -? or --help)
                -i     : inspect interactively after running script; forces a prompt even
                         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
                -I     : isolate Python from the user's environment (implies -E and -P)
                -m mod : run library module as a script (terminates option list)
                -O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
                -OO    : do -O changes and also discard docstrings
                -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
                -q     : don't print version and copyright messages on interactive startup
                -u     : force the stdout and stderr streams to be unbuffered; also PYTHONUNBUFFERED=x
                -V     : print the Python version number and exit (also --version)
                         when given twice, print more information about the build
                -W arg : warning control (accepted; pyj shows compile-time warnings by default)
                -X opt : set implementation-specific option (see below)
                file   : program read from script file
                -      : program read from stdin (default; interactive mode if a tty)
                arg ...: arguments passed to program in sys.argv[1:]

                pyj -X options:
                -X optimizer=NAME    : use the tier-2 optimizer NAME; 'none' keeps to tier 1
                -X optimizer.NAME.KEY=VALUE : an option for optimizer NAME
                -X tier2-threshold=N : back-edge executions before a loop is offered to the
                                       optimizer (1-4095, default 16)
                -X log=LEVEL         : diagnostic logging to stderr (error, warn, info, debug,
                                       trace); also PYJ_LOG=LEVEL

                Other environment variables:
                PYTHONPATH      : ':'-separated list of directories prefixed to the module search path
                PYTHONHASHSEED  : if this variable is set to 'random', a random value is used
                                  to seed the hashes of str and bytes objects; an integer fixes them

                """);
        b.append("Optimizers available:");
        if (providers.isEmpty()) b.append(" none installed (tier 1 only)");
        b.append('\n');
        for (OptimizerProvider p : providers) {
            b.append("  ").append(String.format("%-12s", p.name())).append(p.description()).append('\n');
        }
        return b.toString();
    }
}
