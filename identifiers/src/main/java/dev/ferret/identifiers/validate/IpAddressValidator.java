package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

/**
 * An IPv4 address (exactly four decimal octets of 0–255, no leading zeros, so that dotted version numbers and OIDs with
 * more parts are rejected) or an IPv6 address (RFC 4291 text form: eight hex groups, or fewer with one {@code ::},
 * optionally ending in an IPv4 address; at least two groups, which keeps clock times and MAC addresses out).
 */
public final class IpAddressValidator implements Validator {

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        return value.indexOf(':') >= 0 ? isIpv6(value) : isIpv4(value);
    }

    static boolean isIpv4(String value) {
        String[] octets = value.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || octet.length() > 1 && octet.charAt(0) == '0'
                    || !octet.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String value) {
        String address = value;
        int groupsForIpv4 = 0;
        int lastColon = address.lastIndexOf(':');
        if (address.indexOf('.') > lastColon) {
            if (!isIpv4(address.substring(lastColon + 1))) {
                return false;
            }
            address = address.substring(0, lastColon + 1) + "0"; // the IPv4 tail stands for two groups
            groupsForIpv4 = 1;
        }
        int compression = address.indexOf("::");
        if (compression >= 0 && address.indexOf("::", compression + 1) >= 0) {
            return false;
        }
        String[] groups = (compression >= 0 ? address.replace("::", ":") : address).split(":", -1);
        int count = 0;
        for (String group : groups) {
            if (group.isEmpty() && compression >= 0) {
                continue; // the ends of a leading or trailing "::"
            }
            if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(IpAddressValidator::isHex)) {
                return false;
            }
            count++;
        }
        count += groupsForIpv4;
        return count >= 2 && (compression >= 0 ? count < 8 : count == 8);
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
