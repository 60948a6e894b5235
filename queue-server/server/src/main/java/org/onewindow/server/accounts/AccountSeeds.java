package org.onewindow.server.accounts;

import java.util.List;

/**
 * The accounts and devices the configuration lists: inserted at start when missing from the
 * database, never written over one that is there (the console may have changed it).
 */
public interface AccountSeeds {

    List<StaffAccount> staff();

    List<RegisteredDevice> devices();
}
