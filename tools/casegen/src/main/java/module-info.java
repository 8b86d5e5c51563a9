/** Build-time generator of the per-instruction code from the single instruction definition file. */
module pyj.tools.casegen {
    exports pyj.tools.casegen;
}
