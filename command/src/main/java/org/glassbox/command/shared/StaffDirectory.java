package org.glassbox.command.shared;

import java.util.Set;

import org.glassbox.api.shared.Role;

/** Who the staff are, as far as the command side needs to know (e.g. "is this an investigator?"). */
public interface StaffDirectory {

    /** The roles of an enabled user, or an empty set for an unknown or disabled one. */
    Set<Role> rolesOf(String username);

    /** The personal (display) names of all staff, past and present: public notices never print them. */
    Set<String> names();
}
