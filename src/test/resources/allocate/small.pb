META
key;value
description;Test met categorieën
budget;190000
categories;groen,fiets
budget_per_category;100000,90000
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;votes;name;category;selected
A1;60000;50;Groot park;groen;1
A2;50000;40;Bankjes;groen;0
A3;30000;30;Boomspiegels;groen;1
A4;10000;20;Plantenbakken;groen;0
B1;80000;45;Fietsbrug;fiets;1
B2;30000;35;Fietsrekken;fiets;0
VOTES
voter_id;vote
1;A1,B1
