/// Name parts for invented people; any likeness to a real person is chance.
enum InventedNames {
    static let given = [
        "Aaliyah", "Aaron", "Abdul", "Ada", "Adebayo", "Aisha", "Alfie", "Amara", "Amir", "Aoife", "Archie",
        "Bartosz", "Bethany", "Bilal", "Blessing", "Bradley", "Callum", "Carmel", "Chidi", "Chloe", "Ciaran",
        "Connor", "Danielle", "Declan", "Delroy", "Demi", "Dylan", "Ebony", "Eilidh", "Emeka", "Erin", "Fatima",
        "Femi", "Finley", "Gemma", "Grace", "Hamza", "Harvey", "Hyacinth", "Imran", "Isla", "Jade", "Jakub",
        "Jamal", "Jasmine", "Jayden", "Joanne", "Kacper", "Kayla", "Keisha", "Kofi", "Lacey", "Leon", "Leyla",
        "Liam", "Maja", "Malachi", "Marcia", "Maya", "Mohammed", "Nadia", "Niamh", "Nkechi", "Oliwia", "Omar",
        "Oscar", "Paige", "Priya", "Reece", "Riley", "Rory", "Ruby", "Saanvi", "Shannon", "Siobhan", "Sophie",
        "Tariq", "Tegan", "Tyrone", "Usman", "Wiktoria", "Winston", "Yusuf", "Zainab", "Zofia", "Zuzanna",
    ]

    static let family = [
        "Ahmed", "Akhtar", "Bailey", "Begum", "Brennan", "Brown", "Campbell", "Clarke", "Doherty", "Evans",
        "Farrell", "Francis", "Grant", "Hughes", "Hussain", "Iqbal", "Jackson", "Kaur", "Kowalski", "Lewandowska",
        "Lynch", "McCarthy", "Mensah", "Mirza", "Murphy", "Nowak", "Nwosu", "O'Brien", "O'Neill", "Okafor",
        "Patel", "Quinn", "Reid", "Richards", "Shah", "Singh", "Thompson", "Walker", "Williams", "Wójcik",
        "Wright", "Zielińska",
    ]
}
