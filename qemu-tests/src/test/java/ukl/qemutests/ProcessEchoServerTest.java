package ukl.qemutests;

import ukl.boot.Target;

/**
 * samples/echo-server, the java.nio Selector server, linked for the process platform: a static
 * Linux executable whose own TCP/IP stack serves on the tap, under the echo servers' whole contract.
 */
class ProcessEchoServerTest extends EchoServerImageContract {
    @Override
    Class<?> mainClass() {
        return echo.EchoServer.class;
    }

    @Override
    Target platform() {
        return Target.PROCESS;
    }
}
