package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Option;
import org.ordo.api.order.AddressDTO;

/** The fields of an address as options, shared by the commands that add and edit one. */
abstract class AddressCommand extends OrdoCommand {
    @Option(name = "--first-name", description = "Recipient's first name")
    String firstName;

    @Option(name = "--last-name", description = "Recipient's last name")
    String lastName;

    @Option(name = "--company", description = "Company")
    String company;

    @Option(name = "--street", description = "Street and number")
    String street;

    @Option(name = "--city", description = "City")
    String city;

    @Option(name = "--postal-code", description = "Postal code")
    String postalCode;

    @Option(name = "--region", description = "Region or state")
    String region;

    @Option(name = "--country", description = "Country, ISO 3166-1 alpha-2 such as DE")
    String country;

    @Option(name = "--phone", description = "Phone number")
    String phone;

    /** The typed fields; those left out are null, as in a JSON body without them. */
    AddressDTO typedAddress() {
        AddressDTO address = new AddressDTO();
        address.firstName = firstName;
        address.lastName = lastName;
        address.company = company;
        address.street = street;
        address.city = city;
        address.postalCode = postalCode;
        address.region = region;
        address.country = country;
        address.phone = phone;
        return address;
    }

    static void print(PrintStream out, String what, AddressDTO address) {
        out.println(what + ": " + ConsoleFormat.text(address.firstName) + " " + ConsoleFormat.text(address.lastName)
                + ", " + ConsoleFormat.text(address.street) + ", " + ConsoleFormat.text(address.postalCode) + " "
                + ConsoleFormat.text(address.city) + ", " + ConsoleFormat.text(address.country));
    }
}
