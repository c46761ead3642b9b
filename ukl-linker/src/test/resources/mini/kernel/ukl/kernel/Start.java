package ukl.kernel;

import ukl.kernel.sys.Sys;

public final class Start {
    private Start() {}

    public static void start() {
        AppMain.main(new String[0]);
        Sys.exit(0);
    }
}
